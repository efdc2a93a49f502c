package io.kakaorm.vertx.reliability;

import static io.kakaorm.vertx.testing.TestDatabases.await;
import static io.kakaorm.vertx.testing.TestDatabases.awaitFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kakaorm.DatabaseTimeoutException;
import io.kakaorm.PoolBusyException;
import io.kakaorm.vertx.ConnectOptions;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.KakaORM;
import io.kakaorm.vertx.testing.TestDatabases;
import io.kakaorm.vertx.testing.TestDb;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every wait for a connection or the SQLite writer ends within {@code connectTimeout} (+10 %) in a
 * {@link DatabaseTimeoutException}; a full pool wait queue refuses at once with {@link PoolBusyException}.
 */
@ExtendWith(TestDatabases.class)
class BoundedWaitTest {
    private static final long TIMEOUT_MS = 1_000;

    /** Opens {@code db} with one connection and a 1 s connect timeout. */
    private static Database openSmall(TestDb which, int maxWaitQueueSize) {
        ConnectOptions o = TestDatabases.options(which)
                .withMaxSize(1)
                .withConnectTimeout(TIMEOUT_MS)
                .withMaxWaitQueueSize(maxWaitQueueSize);
        Database db = await(KakaORM.connect(null, o));
        TestDatabases.register(db::close);
        return db;
    }

    /** Starts a transaction that holds its connection (SQLite: the writer) until {@code end} completes. */
    private static Future<Integer> holdTransaction(Database db, Promise<Void> end) throws InterruptedException {
        CountDownLatch begun = new CountDownLatch(1);
        Future<Integer> tx = db.transaction(d -> d.execute("INSERT INTO waits (v) VALUES (?)", 1)
                .onSuccess(n -> begun.countDown())
                .compose(n -> end.future().map(v -> n)));
        assertTrue(begun.await(10, TimeUnit.SECONDS), "the transaction did not start");
        return tx;
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void aWriteBehindATransactionThatNeverEndsTimesOutNamingWhatItWaitedFor(TestDb which) throws Exception {
        Database db = openSmall(which, -1);
        await(db.execute("CREATE TABLE waits (v INTEGER)"));
        Promise<Void> end = Promise.promise();
        Future<Integer> tx = holdTransaction(db, end);
        long t0 = System.nanoTime();
        // a plain JDK timer of the same length, started together: how late this machine's timers fire right now
        CompletableFuture<Long> reference = CompletableFuture.supplyAsync(
                () -> TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0),
                CompletableFuture.delayedExecutor(TIMEOUT_MS, TimeUnit.MILLISECONDS));
        Throwable e = awaitFailure(db.execute("INSERT INTO waits (v) VALUES (?)", 2));
        long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        long timerLateness = Math.max(0, reference.get(10, TimeUnit.SECONDS) - TIMEOUT_MS);
        DatabaseTimeoutException timeout = assertInstanceOf(DatabaseTimeoutException.class, e, String.valueOf(e));
        assertEquals(
                which == TestDb.SQLITE
                        ? DatabaseTimeoutException.Wait.WRITER
                        : DatabaseTimeoutException.Wait.CONNECTION,
                timeout.waitedFor());
        assertTrue(timeout.getMessage().contains(which == TestDb.SQLITE ? "sqlite:" : "://"), timeout.getMessage());
        assertTrue(timeout.getMessage().contains("Timed out after " + TIMEOUT_MS + " ms"), timeout.getMessage());
        // within the timeout + 10 %, plus whatever a plain timer was late by on a loaded machine (0 when quiet)
        assertTrue(
                waited >= TIMEOUT_MS * 9 / 10 && waited <= TIMEOUT_MS * 11 / 10 + timerLateness,
                "waited " + waited + " ms (a plain timer was " + timerLateness + " ms late)");
        Reliability.record("longest wait, " + which + " exhausted (ms, timeout " + TIMEOUT_MS + ")", waited);
        // a transaction waiting for the writer/connection is bounded the same way
        Throwable begin = awaitFailure(db.transaction(d -> d.execute("INSERT INTO waits (v) VALUES (?)", 3)));
        assertInstanceOf(DatabaseTimeoutException.class, begin, begin + " caused by " + begin.getCause());
        end.complete();
        assertEquals(1, await(tx));
        // nothing half-written: only the transaction's row, and the database works again
        assertEquals(1L, await(db.fetchValue(Long.class, "SELECT COUNT(*) FROM waits")));
        assertEquals(1, await(db.execute("INSERT INTO waits (v) VALUES (?)", 4)));
        await(db.execute("DROP TABLE waits"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(
            value = TestDb.class,
            names = {"POSTGRES", "MYSQL"})
    void aFullWaitQueueRefusesAtOnce(TestDb which) throws Exception {
        Database db = openSmall(which, 1);
        await(db.execute("CREATE TABLE waits (v INTEGER)"));
        Promise<Void> end = Promise.promise();
        Future<Integer> tx = holdTransaction(db, end);
        Future<Long> queued = db.fetchValue(Long.class, "SELECT COUNT(*) FROM waits"); // the one allowed waiter
        long t0 = System.nanoTime();
        Throwable e = awaitFailure(db.fetchValue(Long.class, "SELECT COUNT(*) FROM waits"));
        long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        PoolBusyException busy = assertInstanceOf(PoolBusyException.class, e, String.valueOf(e));
        assertEquals(1, busy.maxWaitQueueSize());
        assertTrue(waited < TIMEOUT_MS / 4, "refused after " + waited + " ms");
        end.complete();
        assertEquals(1, await(tx));
        assertEquals(1L, await(queued), "the queued request was served once the connection came back");
        await(db.execute("DROP TABLE waits"));
    }
}
