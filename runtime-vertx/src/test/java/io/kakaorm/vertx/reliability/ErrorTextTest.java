package io.kakaorm.vertx.reliability;

import static io.kakaorm.vertx.testing.TestDatabases.await;
import static io.kakaorm.vertx.testing.TestDatabases.awaitFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kakaorm.DatabaseException;
import io.kakaorm.DatabaseTimeoutException;
import io.kakaorm.Row;
import io.kakaorm.vertx.ConnectOptions;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.KakaORM;
import io.kakaorm.vertx.testing.TestDatabases;
import io.kakaorm.vertx.testing.TestDb;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every DatabaseException reads as a sentence with the server's own message and code, and nothing empty. */
@ExtendWith(TestDatabases.class)
class ErrorTextTest {

    private static void assertClean(String m) {
        assertFalse(m.contains("null"), m);
        assertFalse(m.contains("{errorMessage"), m);
        assertFalse(m.contains("SQL   : \n") || m.endsWith("SQL   : "), m);
        assertFalse(m.contains("binds : []"), m);
        assertFalse(m.contains("code 0"), m);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void aRefusedStatementNamesTheServersMessageAndCode(TestDb which) {
        Database db = TestDatabases.open(which);
        Throwable e = awaitFailure(db.execute("SELEC 1"));
        DatabaseException d = assertInstanceOf(DatabaseException.class, e, String.valueOf(e));
        String m = d.getMessage();
        System.out.println(m);
        assertClean(m);
        assertTrue(m.startsWith("[" + which.dialect() + "] "), m);
        assertTrue(m.contains("syntax") || m.contains("SQL syntax"), m);
        assertTrue(m.contains("SQL   : SELEC 1"), m);
        if (which == TestDb.MYSQL) {
            assertEquals(1064, d.vendorCode());
            assertTrue(m.contains("code 1064"), m);
        } else if (which == TestDb.POSTGRES) {
            assertEquals("42601", d.sqlState());
            assertTrue(m.contains("SQL state 42601"), m);
        }
    }

    @Test
    void aPostgresClientOnAPortThatIsNotPostgresSaysWhatHappened() throws Exception {
        ConnectOptions mysql = ConnectOptions.parse(
                System.getenv().getOrDefault("KAKAORM_MYSQL_URL", "mysql://root@127.0.0.1:3306/test"));
        ConnectOptions wrong = ConnectOptions.postgres(mysql.host(), mysql.port(), "x", "u", "secret")
                .withConnectTimeout(3000);
        Throwable e = awaitFailure(KakaORM.connect(null, wrong));
        String m = e.getMessage();
        System.out.println(m);
        assertInstanceOf(DatabaseException.class, e, m);
        assertClean(m);
        assertTrue(m.contains("Cannot connect to postgresql://u:***@"), m);
        assertFalse(m.contains("secret"), m);
        try (ServerSocket silent = new ServerSocket(0)) { // accepts and never answers
            ConnectOptions nobody = ConnectOptions.postgres("127.0.0.1", silent.getLocalPort(), "x", "u", "pw")
                    .withConnectTimeout(1000);
            long t0 = System.nanoTime();
            Throwable n = awaitFailure(KakaORM.connect(null, nobody));
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertInstanceOf(DatabaseTimeoutException.class, n, n.getMessage());
            assertTrue(ms < 1500, "connect gave up after " + ms + " ms");
            assertClean(n.getMessage());
        }
    }

    @Test
    void nonAsciiAggregateAliasesWorkOnEveryDatabase() {
        for (TestDb which : TestDb.values()) {
            Database db = TestDatabases.open(which);
            await(db.execute("CREATE TABLE alias_t (v INTEGER)"));
            await(db.execute("INSERT INTO alias_t (v) VALUES (?), (?)", 2, 3));
            Row r = await(db.fetch(
                            "SELECT SUM(v) AS \"größe\" FROM alias_t".replace('"', which == TestDb.MYSQL ? '`' : '"')))
                    .get(0);
            assertEquals(5L, ((Number) r.get("größe")).longValue(), which + ": " + r);
            await(db.execute("DROP TABLE alias_t"));
            await(db.createTable(Reading.class));
            await(db.save(Reading.of("a", 4)));
            await(db.save(Reading.of("b", 6)));
            Row agg = await(db.from(Reading.class)
                    .aggregate(a -> a.sum("größe_Σ", x -> x.value).count("Anzahl_ü😀")));
            assertEquals(10L, agg.getLong("größe_Σ"), which + ": " + agg);
            assertEquals(2L, agg.getLong("Anzahl_ü😀"), which + ": " + agg);
            await(db.dropTable(Reading.class));
        }
    }
}
