package io.kakaorm.vertx.integration;

import static io.kakaorm.vertx.testing.TestDatabases.await;
import static io.kakaorm.vertx.testing.TestDatabases.awaitFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kakaorm.DatabaseTimeoutException;
import io.kakaorm.vertx.ConnectOptions;
import io.kakaorm.vertx.ConnectOptions.Kind;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.KakaORM;
import io.kakaorm.vertx.testing.TestDatabases;
import io.kakaorm.vertx.testing.TestDb;
import io.vertx.core.Vertx;
import io.vertx.mysqlclient.MySQLBuilder;
import io.vertx.mysqlclient.MySQLConnectOptions;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code KakaORM.wrap}: a Database over a Vert.x Pool the application built, which stays the application's,
 * and {@code db.pool()}/{@code unwrap(Pool.class)} for code that needs the plain client.
 */
@ExtendWith(TestDatabases.class)
class PoolWrapTest {
    private Vertx vertx;

    @BeforeEach
    void start() {
        vertx = Vertx.vertx();
    }

    @AfterEach
    void stop() {
        await(vertx.close());
    }

    /** The application's own pool on a fresh schema/database of {@code which}. */
    private Pool pool(TestDb which) {
        ConnectOptions o = TestDatabases.options(which);
        PoolOptions p = new PoolOptions().setMaxSize(2);
        if (which == TestDb.POSTGRES) {
            PgConnectOptions c = new PgConnectOptions()
                    .setHost(o.host())
                    .setPort(o.port())
                    .setDatabase(o.database())
                    .setUser(o.user())
                    .setProperties(Map.copyOf(o.properties()));
            if (o.password() != null) {
                c.setPassword(o.password());
            }
            return PgBuilder.pool().with(p).connectingTo(c).using(vertx).build();
        }
        MySQLConnectOptions c = new MySQLConnectOptions()
                .setHost(o.host())
                .setPort(o.port())
                .setDatabase(o.database())
                .setUser(o.user())
                .setCharset("utf8mb4");
        if (o.password() != null) {
            c.setPassword(o.password());
        }
        return MySQLBuilder.pool().with(p).connectingTo(c).using(vertx).build();
    }

    private static Kind kind(TestDb which) {
        return which == TestDb.POSTGRES ? Kind.POSTGRES : Kind.MYSQL;
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(
            value = TestDb.class,
            names = {"POSTGRES", "MYSQL"})
    void aWrappedPoolRunsEverythingAndStaysOpenAfterDisconnect(TestDb which) {
        Pool pool = pool(which);
        Database db = KakaORM.wrap(vertx, pool, kind(which));
        assertEquals(which.dialect(), db.dialectName());
        assertSame(pool, db.pool());
        assertSame(pool, db.unwrap(Pool.class));
        await(db.createTable(Memo.class));
        Memo m = await(db.create(Memo.class, x -> x.text = "hello"));
        assertNotNull(m.id, "generated key read back through the wrapped pool");
        await(db.transaction(tx -> tx.create(Memo.class, x -> x.text = "in tx")));
        assertEquals(
                List.of("hello", "in tx"),
                await(db.from(Memo.class).orderBy(x -> x.id).select(x -> x.text).list()));
        // the plain client sees what KakaORM wrote
        assertEquals(
                2L,
                await(db.pool().query("SELECT COUNT(*) FROM vx_memo").execute())
                        .iterator()
                        .next()
                        .getLong(0));

        await(db.disconnect());
        assertEquals(
                2L,
                await(pool.query("SELECT COUNT(*) FROM vx_memo").execute())
                        .iterator()
                        .next()
                        .getLong(0),
                "disconnect() leaves the application's pool open");
        await(pool.query("DROP TABLE vx_memo").execute());
        await(pool.close());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(
            value = TestDb.class,
            names = {"POSTGRES", "MYSQL"})
    void aStatementTimeoutCancelsOnAWrappedPool(TestDb which) {
        Pool pool = pool(which);
        Database db = KakaORM.wrap(vertx, pool, kind(which));
        Database limited = db.withStatementTimeout(Duration.ofMillis(300));
        for (int round = 0; round < 3; round++) {
            long t0 = System.nanoTime();
            Throwable e = TestDatabases.awaitFailure(
                    limited.fetchValue(which == TestDb.POSTGRES ? "SELECT pg_sleep(30)" : "SELECT SLEEP(30)"));
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertEquals(DatabaseTimeoutException.class, e.getClass(), String.valueOf(e));
            assertTrue(ms < 2_000, "cancelled after " + ms + " ms");
            assertEquals(3L, await(limited.fetchValue(Long.class, "SELECT 1 + 2")));
        }
        await(db.disconnect());
        await(pool.close());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(
            value = TestDb.class,
            names = {"POSTGRES", "MYSQL"})
    void aHandedOverPoolIsClosedWithTheDatabase(TestDb which) {
        Pool pool = pool(which);
        ConnectOptions options = (which == TestDb.POSTGRES
                        ? ConnectOptions.postgres("localhost", 5432, "app", null, null)
                        : ConnectOptions.mysql("localhost", 3306, "app", null, null))
                .withStatementTimeout(5_000);
        Database db = KakaORM.wrap(vertx, pool, options, true);
        assertEquals(1, await(db.fetchValue(Integer.class, "SELECT 1")));
        await(db.disconnect());
        Throwable t = awaitFailure(pool.query("SELECT 1").execute());
        assertTrue(t.getMessage() != null && t.getMessage().toLowerCase().contains("closed"), String.valueOf(t));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(
            value = TestDb.class,
            names = {"POSTGRES", "MYSQL"})
    void aConnectedDatabaseShowsItsPool(TestDb which) {
        Database db = TestDatabases.open(which);
        Pool pool = db.pool();
        assertEquals(
                1L, await(pool.query("SELECT 1").execute()).iterator().next().getLong(0));
        assertThrows(IllegalArgumentException.class, () -> db.unwrap(String.class));
    }

    @Test
    void sqliteRefusesWithTheReason() {
        Database db = TestDatabases.open(TestDb.SQLITE);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, db::pool);
        assertTrue(e.getMessage().contains("sqlite-jdbc"), e.getMessage());
        Pool somePool = pool(TestDb.POSTGRES);
        IllegalArgumentException w =
                assertThrows(IllegalArgumentException.class, () -> KakaORM.wrap(vertx, somePool, Kind.SQLITE));
        assertTrue(w.getMessage().startsWith("SQLite has no Vert.x Pool"), w.getMessage());
        await(somePool.close());
    }
}
