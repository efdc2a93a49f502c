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
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Read replicas against a real MariaDB replica started here (binlog primary, {@code CHANGE MASTER} replica):
 * reads outside transactions run on the replica ({@code @@server_id} 2), writes and transactions on the
 * primary (1), rows written reach the replica, and a stopped replica falls back to the primary.
 */
class ReadReplicaMariaDbTest {
    private static final String SERVER_ID = "SELECT @@server_id";

    private static long replicatedRows(Database db) {
        try {
            return await(db.fetchValue(Long.class, "SELECT COUNT(*) FROM rr_items"));
        } catch (DatabaseException e) {
            assertEquals(1146, e.vendorCode(), e.getMessage()); // table does not exist (yet)
            return 0;
        }
    }

    @Test
    void readsOnTheReplicaWritesOnThePrimaryAndFallBack() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/sbin/mariadbd")), "no /usr/sbin/mariadbd");
        try (ThrowawayMariaDb primary =
                new ThrowawayMariaDb(false, "--server-id=1", "--log-bin=kk-bin", "--binlog-format=ROW")) {
            ThrowawayMariaDb replica = new ThrowawayMariaDb(false, "--server-id=2", "--read-only");
            try {
                try (Database r =
                        await(KakaORM.connect(replica.url("127.0.0.1", "kk", ThrowawayMariaDb.PASSWORD, "")))) {
                    await(r.execute("CHANGE MASTER TO MASTER_HOST='127.0.0.1', MASTER_PORT=" + primary.port
                            + ", MASTER_USER='kk', MASTER_PASSWORD='" + ThrowawayMariaDb.PASSWORD + "'"));
                    await(r.execute("START SLAVE"));
                }
                String url = primary.url(
                        "127.0.0.1",
                        "kk",
                        ThrowawayMariaDb.PASSWORD,
                        "replicas=127.0.0.1:" + replica.port + "&replicaRetry=60000");
                try (Database db = await(KakaORM.connect(url))) {
                    assertEquals(2L, await(db.fetchValue(Long.class, SERVER_ID)), "a read runs on the replica");
                    await(db.execute("CREATE TABLE rr_items (id INT PRIMARY KEY, name VARCHAR(20))"));
                    await(db.execute("INSERT INTO rr_items VALUES (1, 'a')"));
                    Long inTx = await(db.<Long>transaction(tx -> tx.fetchValue(Long.class, SERVER_ID)));
                    assertEquals(1L, inTx, "a transaction runs on the primary");
                    long start = System.nanoTime();
                    while (replicatedRows(db) == 0) { // the table may not have reached the replica yet
                        Thread.sleep(10);
                        assertTrue(System.nanoTime() - start < 20_000_000_000L, "replicated within 20 s");
                    }
                    Reliability.record("replica.mariadb.lagMs", (System.nanoTime() - start) / 1_000_000);
                    assertEquals(2L, await(db.fetchValue(Long.class, SERVER_ID)));
                    replica.close();
                    assertFalse(replica.alive());
                    int failures = 0;
                    for (int i = 0; i < 20; i++) {
                        try {
                            assertEquals(1L, await(db.fetchValue(Long.class, SERVER_ID)), "the primary answers");
                        } catch (RuntimeException e) {
                            failures++;
                        }
                    }
                    assertEquals(0, failures, "no read failed while the replica was down");
                    Reliability.record("replica.mariadb.fallback", "20 reads, 0 failures");
                }
            } finally {
                replica.close();
            }
            assertFalse(Files.exists(replica.dir), "the replica's directory was deleted");
        }
    }
}
