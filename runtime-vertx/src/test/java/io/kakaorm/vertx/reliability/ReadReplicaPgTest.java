package io.kakaorm.vertx.reliability;

import static io.kakaorm.vertx.testing.TestDatabases.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kakaorm.DatabaseException;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.KakaORM;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Read replicas against a real PostgreSQL streaming replica started here: reads outside transactions hit
 * the standby ({@code pg_is_in_recovery()} is true only there), writes and transactions the primary, own
 * writes are read from the primary within the window, and a stopped standby falls back to the primary.
 */
class ReadReplicaPgTest {
    private static final String IN_RECOVERY = "SELECT pg_is_in_recovery()";
    private static ThrowawayPgReplica pg;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(Path.of("/usr/lib/postgresql")), "no PostgreSQL binaries");
        pg = new ThrowawayPgReplica();
    }

    @AfterAll
    static void stop() throws Exception {
        if (pg != null) {
            pg.close();
            assertFalse(Files.exists(pg.dir), "both servers' directory was deleted");
        }
    }

    private static boolean onReplica(Database db) {
        return await(db.fetchValue(Boolean.class, IN_RECOVERY));
    }

    @Test
    void readsGoToTheReplicaWritesAndTransactionsToThePrimary() throws Exception {
        try (Database db = await(KakaORM.connect(pg.url("replicas=127.0.0.1:" + pg.standbyPort)))) {
            for (int i = 0; i < 5; i++) {
                assertTrue(onReplica(db), "a read outside a transaction runs on the standby");
            }
            // DDL and writes would fail on the standby (read-only): they run on the primary
            await(db.execute("DROP TABLE IF EXISTS rr_items"));
            await(db.execute("CREATE TABLE rr_items (id int PRIMARY KEY, name text)"));
            await(db.execute("INSERT INTO rr_items VALUES (1, 'a')"));
            assertEquals(
                    Boolean.FALSE,
                    await(db.transaction(tx -> tx.fetchValue(Boolean.class, IN_RECOVERY))),
                    "a transaction runs on the primary");
            Integer locked = await(db.<Integer>transaction(
                    tx -> tx.fetchValue(Integer.class, "SELECT id FROM rr_items WHERE id = 1 FOR UPDATE")));
            assertEquals(1, locked);
            long start = System.nanoTime();
            int polls = 0;
            while (replicatedRows(db) == 0) { // the table itself may not have reached the standby yet
                polls++;
                Thread.sleep(10);
                assertTrue(System.nanoTime() - start < 10_000_000_000L, "replicated within 10 s");
            }
            Reliability.record("replica.pg.lagMs", (System.nanoTime() - start) / 1_000_000 + " (" + polls + " polls)");
            // a read that writes (nextval) is refused by the standby (25006) and runs on the primary
            await(db.execute("CREATE SEQUENCE IF NOT EXISTS rr_seq"));
            // wait until the sequence reached the standby: before that, nextval fails there with 42P01
            // (a lag the caller must handle), not with the read-only error 25006 this step is about
            long seqStart = System.nanoTime();
            while (!await(db.fetchValue(Boolean.class, "SELECT to_regclass('rr_seq') IS NOT NULL"))) {
                Thread.sleep(10);
                assertTrue(System.nanoTime() - seqStart < 10_000_000_000L, "sequence replicated within 10 s");
            }
            long first = await(db.fetchValue(Long.class, "SELECT nextval('rr_seq')"));
            assertEquals(first + 1, await(db.fetchValue(Long.class, "SELECT nextval('rr_seq')")));
            // a locking read outside a transaction goes to the primary too
            assertEquals(1, await(db.fetchValue(Integer.class, "SELECT id FROM rr_items WHERE id = 1 FOR SHARE")));
        }
    }

    private static int replicatedRows(Database db) {
        try {
            return await(db.fetchValue(Integer.class, "SELECT count(*)::int FROM rr_items"));
        } catch (DatabaseException e) {
            assertEquals("42P01", e.sqlState(), e.getMessage()); // relation does not exist (yet)
            return 0;
        }
    }

    @Test
    void replicasTakeReadsInTurn() {
        try (Database db = await(KakaORM.connect(pg.url("replicas=127.0.0.1:" + pg.standbyPort + ",127.0.0.1:"
                + pg.primaryPort)))) { // the primary listed as a second "replica" tells the two apart
            int standby = 0;
            for (int i = 0; i < 10; i++) {
                standby += onReplica(db) ? 1 : 0;
            }
            assertEquals(5, standby, "round robin over two replicas");
        }
    }

    @Test
    void ownWritesAreReadFromThePrimaryWithinTheWindow() throws Exception {
        try (Database db =
                await(KakaORM.connect(pg.url("replicas=127.0.0.1:" + pg.standbyPort + "&readYourWrites=700")))) {
            assertTrue(onReplica(db));
            await(db.execute("CREATE TABLE IF NOT EXISTS rr_own (id int)"));
            assertFalse(onReplica(db), "right after a write: the primary");
            Thread.sleep(900);
            assertTrue(onReplica(db), "after the window: the replica again");
            await(db.transaction(tx -> tx.execute("INSERT INTO rr_own VALUES (1)")));
            assertFalse(onReplica(db), "right after a transaction: the primary");
        }
        try (Database other = await(KakaORM.connect(pg.url("replicas=127.0.0.1:" + pg.standbyPort)))) {
            await(other.execute("INSERT INTO rr_own VALUES (2)"));
            assertTrue(onReplica(other), "without readYourWrites reads stay on the replica");
        }
    }

    @Test
    void aStoppedReplicaFallsBackToThePrimary() throws Exception {
        try (Database db = await(
                KakaORM.connect(pg.url("replicas=127.0.0.1:" + pg.standbyPort + "&replicaRetry=1000&maxSize=2")))) {
            assertTrue(onReplica(db));
            pg.stopStandby();
            int failures = 0;
            long longest = 0;
            try {
                for (int i = 0; i < 50; i++) {
                    long t0 = System.nanoTime();
                    try {
                        assertFalse(onReplica(db), "the primary answers while the standby is down");
                    } catch (RuntimeException e) {
                        failures++;
                    }
                    longest = Math.max(longest, System.nanoTime() - t0);
                }
            } finally {
                pg.startStandby();
            }
            assertEquals(0, failures, "no read failed while the standby was down");
            Reliability.record("replica.pg.fallback", "50 reads, 0 failures, longest " + longest / 1_000_000 + " ms");
            // after replicaRetry the standby takes reads again
            long start = System.nanoTime();
            while (!onReplica(db)) {
                Thread.sleep(50);
                assertTrue(System.nanoTime() - start < 15_000_000_000L, "the standby is used again within 15 s");
            }
        }
        // a replica that is down when connecting: the Database still opens, on the primary
        pg.stopStandby();
        try (Database db = await(KakaORM.connect(pg.url("replicas=127.0.0.1:" + pg.standbyPort)))) {
            assertFalse(onReplica(db));
            assertEquals(1, await(db.fetchValue(Integer.class, "SELECT 1")));
        } finally {
            pg.startStandby();
        }
    }
}
