package io.kakaorm.vertx.reliability;

import static io.kakaorm.vertx.testing.TestDatabases.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kakaorm.DatabaseException;
import io.kakaorm.vertx.ConnectOptions;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.KakaORM;
import io.kakaorm.vertx.testing.TestDatabases;
import io.kakaorm.vertx.testing.TestDb;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** PostgreSQL: a statement after its backend was killed is retried on a fresh connection when that is safe. */
@ExtendWith(TestDatabases.class)
class PgRecoveryTest {
    private static final int KILLS = Integer.getInteger("kills", 200);

    /** Kills the backend of {@code db}'s only connection and waits until PostgreSQL lists it no more. */
    private static void killBackend(Database db, Database admin) {
        int pid = ((Number) await(db.fetchValue("SELECT pg_backend_pid()"))).intValue();
        assertEquals(Boolean.TRUE, await(admin.fetchValue("SELECT pg_terminate_backend(?)", pid)));
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (await(admin.fetchValue(Long.class, "SELECT COUNT(*) FROM pg_stat_activity WHERE pid = ?", pid)) > 0) {
            assertTrue(System.nanoTime() < deadline, "backend " + pid + " did not exit");
        }
    }

    @Test
    void theQueryAfterItsBackendWasKilledSucceeds() {
        ConnectOptions o = TestDatabases.options(TestDb.POSTGRES);
        Database db = await(KakaORM.connect(null, o.withMaxSize(1)));
        TestDatabases.register(db::close);
        Database admin = await(KakaORM.connect(null, o.withMaxSize(1)));
        TestDatabases.register(admin::close);
        await(db.execute("CREATE TABLE kills (n INTEGER)"));
        await(db.execute("INSERT INTO kills (n) VALUES (?)", -1));
        List<String> readFailures = new ArrayList<>();
        for (int i = 0; i < KILLS; i++) {
            killBackend(db, admin);
            try {
                assertEquals(1L, await(db.fetchValue(Long.class, "SELECT COUNT(*) FROM kills")));
            } catch (RuntimeException | AssertionError e) {
                readFailures.add(i + ": " + e);
            }
        }
        Reliability.record("postgres backend kills before a read", KILLS);
        Reliability.record("postgres failed reads after a kill", readFailures.size());
        assertTrue(
                readFailures.isEmpty(),
                readFailures.size() + " failures: " + readFailures.subList(0, Math.min(3, readFailures.size())));
        await(db.execute("DROP TABLE kills"));
    }

    @Test
    void aPlanCachedBeforeAColumnTypeChangeIsPreparedAgain() {
        ConnectOptions o = TestDatabases.options(TestDb.POSTGRES);
        for (int size : new int[] {1, 3}) {
            Database db = await(KakaORM.connect(null, o.withMaxSize(size)));
            await(db.execute("CREATE TABLE plan_t (id INTEGER, v INTEGER)"));
            await(db.execute("INSERT INTO plan_t (id, v) VALUES (?, ?)", 1, 42));
            String read = "SELECT * FROM plan_t WHERE id = ?";
            for (int i = 0; i < size * 2; i++) { // cache the statement on every pooled connection
                assertEquals(42, ((Number) await(db.fetch(read, 1)).get(0).get("v")).intValue());
            }
            await(db.execute("ALTER TABLE plan_t ALTER COLUMN v TYPE TEXT"));
            for (int i = 0; i < size * 2; i++) {
                assertEquals("42", await(db.fetch(read, 1)).get(0).get("v"), "after the type change, pool of " + size);
            }
            await(db.execute("ALTER TABLE plan_t ALTER COLUMN v TYPE BIGINT USING v::bigint"));
            assertEquals(42L, await(db.fetch(read, 1)).get(0).get("v"));
            await(db.execute("DROP TABLE plan_t"));
            db.close();
        }
    }

    @Test
    void aWriteAfterAKillIsNeverAppliedTwiceNorHalf() {
        ConnectOptions o = TestDatabases.options(TestDb.POSTGRES);
        Database db = await(KakaORM.connect(null, o.withMaxSize(1)));
        TestDatabases.register(db::close);
        Database admin = await(KakaORM.connect(null, o.withMaxSize(1)));
        TestDatabases.register(admin::close);
        await(db.execute("CREATE TABLE kills_w (n INTEGER)"));
        int ok = 0;
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < KILLS / 4; i++) {
            killBackend(db, admin);
            try {
                assertEquals(1, await(db.execute("INSERT INTO kills_w (n) VALUES (?)", i)));
                ok++;
            } catch (DatabaseException e) {
                failures.add(i + ": " + e.getMessage());
            }
        }
        Reliability.record("postgres backend kills before a write", KILLS / 4);
        Reliability.record(
                "postgres writes reported failed after a kill (not retried: outcome unknown)", failures.size());
        // every write reported done is there exactly once; a write reported failed is not there
        assertEquals((long) ok, await(db.fetchValue(Long.class, "SELECT COUNT(*) FROM kills_w")));
        assertEquals((long) ok, await(db.fetchValue(Long.class, "SELECT COUNT(DISTINCT n) FROM kills_w")));
        await(db.execute("DROP TABLE kills_w"));
    }
}
