package io.kakaorm.vertx.reliability;

import static io.kakaorm.vertx.testing.TestDatabases.await;
import static io.kakaorm.vertx.testing.TestDatabases.awaitFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kakaorm.DatabaseException;
import io.kakaorm.DatabaseTimeoutException;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.KakaORM;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** TLS modes and scram-sha-256 against a throwaway PostgreSQL that requires TLS, started and removed here. */
class PostgresTlsTest {
    private static ThrowawayPostgres pg;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(
                Files.isDirectory(Path.of("/usr/lib/postgresql")), "no PostgreSQL binaries under /usr/lib/postgresql");
        pg = new ThrowawayPostgres();
    }

    @AfterAll
    static void stop() throws Exception {
        if (pg != null) {
            pg.close();
            assertFalse(Files.exists(pg.dir), "the server's directory was deleted");
        }
    }

    private static Throwable refused(String url) {
        Throwable e = awaitFailure(KakaORM.connect(url));
        assertInstanceOf(DatabaseException.class, e, String.valueOf(e));
        assertFalse(e.getMessage().contains(ThrowawayPostgres.PASSWORD), e.getMessage());
        assertTrue(e.getMessage().contains(":***@"), e.getMessage());
        return e;
    }

    @Test
    void theRightSettingsConnectOverVerifiedTls() {
        for (String q : new String[] {"sslmode=require", "sslmode=verify-full&sslrootcert=" + pg.ca}) {
            try (Database db = await(KakaORM.connect(pg.url("localhost", ThrowawayPostgres.PASSWORD, q)))) {
                assertEquals(
                        Boolean.TRUE,
                        await(db.fetchValue("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")),
                        q);
            }
        }
        // verify-ca does not check the host name: 127.0.0.1 is fine
        try (Database db = await(KakaORM.connect(
                pg.url("127.0.0.1", ThrowawayPostgres.PASSWORD, "sslmode=verify-ca&sslrootcert=" + pg.ca)))) {
            assertEquals(1, await(db.fetchValue(Integer.class, "SELECT 1")));
            // a statement timeout's cancel request reaches a server that takes TLS connections only (hostssl)
            Throwable t =
                    awaitFailure(db.withStatementTimeout(Duration.ofMillis(300)).fetchValue("SELECT pg_sleep(10)"));
            assertInstanceOf(DatabaseTimeoutException.class, t, String.valueOf(t));
            assertEquals(1, await(db.fetchValue(Integer.class, "SELECT 1")));
        }
    }

    @Test
    void eachWrongSettingFailsClearly() {
        String ok = "sslmode=verify-full&sslrootcert=" + pg.ca;
        Throwable password = refused(pg.url("localhost", "wrong-" + ThrowawayPostgres.PASSWORD, ok));
        assertTrue(password.getMessage().contains("password authentication failed"), password.getMessage());
        Throwable plain = refused(pg.url("localhost", ThrowawayPostgres.PASSWORD, "sslmode=disable"));
        assertTrue(plain.getMessage().contains("no encryption"), plain.getMessage());
        Throwable otherCa =
                refused(pg.url("localhost", ThrowawayPostgres.PASSWORD, "sslmode=verify-ca&sslrootcert=" + pg.otherCa));
        assertTrue(otherCa.getMessage().contains("not signed by the CA in sslrootcert"), otherCa.getMessage());
        Throwable host = refused(pg.url("127.0.0.1", ThrowawayPostgres.PASSWORD, ok));
        assertTrue(host.getMessage().contains("does not name the host 127.0.0.1"), host.getMessage());
        System.out.println(password.getMessage() + "\n" + plain.getMessage() + "\n" + otherCa.getMessage() + "\n"
                + host.getMessage());
    }
}
