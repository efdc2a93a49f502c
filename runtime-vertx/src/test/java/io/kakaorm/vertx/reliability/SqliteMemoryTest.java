package io.kakaorm.vertx.reliability;

import static io.kakaorm.vertx.testing.TestDatabases.await;
import static io.kakaorm.vertx.testing.TestDatabases.awaitFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kakaorm.DatabaseTimeoutException;
import io.kakaorm.vertx.ConnectOptions;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.KakaORM;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code sqlite::memory:} has one connection: a read from another context while a transaction is open
 * no longer waits forever, and a transaction that awaits such a read ends instead of deadlocking.
 */
class SqliteMemoryTest {
    private static final long TIMEOUT_MS = 500;

    @Test
    void aTransactionAwaitingAReadOfAnotherContextFailsInsteadOfHanging() {
        try (Database db =
                await(KakaORM.connect(null, ConnectOptions.sqliteMemory().withConnectTimeout(TIMEOUT_MS)))) {
            await(db.execute("CREATE TABLE mem (v INTEGER)"));
            long t0 = System.nanoTime();
            Throwable e = awaitFailure(db.transaction(d -> d.execute("INSERT INTO mem (v) VALUES (?)", 1)
                    .compose(n -> {
                        Promise<Long> outside = Promise.promise(); // a read issued from another (plain) thread
                        new Thread(() -> db.fetchValue(Long.class, "SELECT COUNT(*) FROM mem")
                                        .onComplete(outside))
                                .start();
                        return outside.future();
                    })));
            long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
            DatabaseTimeoutException t = assertInstanceOf(DatabaseTimeoutException.class, e, String.valueOf(e));
            assertEquals(DatabaseTimeoutException.Wait.WRITER, t.waitedFor());
            assertTrue(t.getMessage().contains("in-memory database has one connection"), t.getMessage());
            assertTrue(ms < TIMEOUT_MS + 1_000, "failed after " + ms + " ms"); // ended, no deadlock
            // rolled back: nothing half-written, and the database works again
            assertEquals(0L, await(db.fetchValue(Long.class, "SELECT COUNT(*) FROM mem")));
            Future<Integer> again = db.execute("INSERT INTO mem (v) VALUES (?)", 2);
            assertEquals(1, await(again));
        }
    }
}
