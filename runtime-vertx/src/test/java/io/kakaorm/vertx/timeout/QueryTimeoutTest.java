package io.kakaorm.vertx.timeout;

import static io.kakaorm.vertx.testing.TestDatabases.await;
import static io.kakaorm.vertx.testing.TestDatabases.awaitFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kakaorm.DatabaseTimeoutException;
import io.kakaorm.QueryStream;
import io.kakaorm.meta.ModelMeta;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.KakaORM;
import io.kakaorm.vertx.internal.DatabaseImpl;
import io.kakaorm.vertx.reliability.Reliability;
import io.kakaorm.vertx.testing.TestDatabases;
import io.kakaorm.vertx.testing.TestDb;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Per-query {@code timeout(Duration)} and {@code Database.withStatementTimeout}: the statement is cancelled on
 * the server, fails with {@link DatabaseTimeoutException} naming the database and the limit, within the limit
 * plus a margin, and the same connection answers the next statement, inside and outside transactions.
 */
@ExtendWith(TestDatabases.class)
class QueryTimeoutTest {
    private static final long MARGIN_MS = 1_500; // two cores shared by several builds: cancel latency swings
    private static final int ROWS = 2_000;
    private static final String TABLE = ModelMeta.of(TNum.class).table();

    /** Runs far longer than any limit here (minutes): SLEEP, or a recursive count on SQLite. */
    private static String slow(TestDb which) {
        return switch (which) {
            case POSTGRES -> "SELECT pg_sleep(60)";
            case MYSQL -> "SELECT SLEEP(60)";
            case SQLITE ->
                "WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < 3000000000)"
                        + " SELECT COUNT(*) FROM c";
        };
    }

    /** Runs about a second (SQLite: a recursive count of a few million). */
    private static String aboutOneSecond(TestDb which) {
        return switch (which) {
            case POSTGRES -> "SELECT pg_sleep(1)";
            case MYSQL -> "SELECT SLEEP(1)";
            case SQLITE ->
                "WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < 4000000)"
                        + " SELECT COUNT(*) FROM c";
        };
    }

    private static Database open(TestDb which, long defaultMs) {
        Database db = await(KakaORM.connect(
                null, TestDatabases.options(which).withMaxSize(1).withStatementTimeout(defaultMs)));
        TestDatabases.register(() -> {
            int open = ((DatabaseImpl) db).openTransactions();
            db.close();
            assertEquals(0, open, "transactions left open");
        });
        return db;
    }

    private static void numbers(Database db) {
        await(db.createTable(TNum.class));
        List<TNum> rows = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            TNum t = new TNum();
            t.n = i;
            rows.add(t);
        }
        await(db.bulkCreate(rows));
    }

    /** Asserts {@code run} fails with a statement timeout of {@code ms}, in time; returns the elapsed ms. */
    private static long timesOut(TestDb which, long ms, Supplier<Future<?>> run) {
        long t0 = System.nanoTime();
        Throwable e = awaitFailure(run.get());
        long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        DatabaseTimeoutException t = assertInstanceOf(DatabaseTimeoutException.class, e, String.valueOf(e));
        assertEquals(DatabaseTimeoutException.Wait.STATEMENT, t.waitedFor(), t.getMessage());
        assertEquals(Duration.ofMillis(ms), t.timeout(), t.getMessage());
        assertTrue(t.getMessage().contains(ms + " ms"), t.getMessage());
        assertTrue(
                t.getMessage()
                        .contains(
                                which == TestDb.SQLITE ? "sqlite" : which == TestDb.POSTGRES ? "postgresql" : "mysql"),
                "names the database: " + t.getMessage());
        assertTrue(elapsed >= ms * 9 / 10 && elapsed <= ms + MARGIN_MS, "cancelled after " + elapsed + " ms");
        return elapsed;
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void everyQueryTypeCancelsItsStatementAndTheConnectionAnswersAfter(TestDb which) {
        Database db = open(which, 0);
        numbers(db);
        Duration limit = Duration.ofMillis(300);
        // Query.timeout carried into the joins built from it
        long ms = timesOut(
                which,
                300,
                () -> db.from(TNum.class)
                        .timeout(limit)
                        .join(TNum.class, (a, b) -> a.n != b.n)
                        .join(TNum.class, (a, b, c) -> b.n != c.n)
                        .count());
        Reliability.record("query timeout 300 ms, " + which + ", cancelled after (ms)", ms);
        assertEquals((long) ROWS, await(db.from(TNum.class).count()));
        // JoinQuery2.timeout, then a third model
        timesOut(
                which,
                300,
                () -> db.from(TNum.class)
                        .join(TNum.class, (a, b) -> a.n != b.n)
                        .timeout(limit)
                        .join(TNum.class, (a, b, c) -> b.n != c.n)
                        .count());
        assertEquals((long) ROWS, await(db.from(TNum.class).count()));
        // JoinQuery3.timeout
        timesOut(
                which,
                300,
                () -> db.from(TNum.class)
                        .join(TNum.class, (a, b) -> a.n != b.n)
                        .join(TNum.class, (a, b, c) -> b.n != c.n)
                        .timeout(limit)
                        .count());
        // ProjectedQuery.timeout
        timesOut(
                which,
                300,
                () -> db.from(TNum.class)
                        .join(TNum.class, (a, b) -> a.n != b.n)
                        .join(TNum.class, (a, b, c) -> b.n != c.n)
                        .where((a, b, c) -> a.n + b.n + c.n == -1)
                        .select((a, b, c) -> a.n)
                        .timeout(limit)
                        .list());
        // GroupedQuery.timeout: a quick statement under a limit runs as usual
        assertEquals(
                ROWS,
                await(db.from(TNum.class)
                                .groupBy(t -> t.n)
                                .timeout(limit)
                                .select(t -> t.n)
                                .list())
                        .size());
        assertEquals(3L, await(db.fetchValue(Long.class, "SELECT 1 + 2")));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void aViewOrAQueryOverridesTheDatabaseDefault(TestDb which) {
        Database db = open(which, 300);
        for (int round = 0; round < 3; round++) {
            long ms = timesOut(which, 300, () -> db.fetchValue(slow(which)));
            Reliability.record("database statementTimeout 300 ms, " + which + ", cancelled after (ms)", ms);
            assertEquals(3L, await(db.fetchValue(Long.class, "SELECT 1 + 2")));
        }
        // longer than the default: the view's limit wins
        Database patient = db.withStatementTimeout(Duration.ofSeconds(20));
        long t0 = System.nanoTime();
        await(patient.fetchValue(aboutOneSecond(which)));
        long ran = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        assertTrue(ran > 300, "the statement ran " + ran + " ms, longer than the default");
        // no limit at all
        await(db.withStatementTimeout(Duration.ZERO).fetchValue(aboutOneSecond(which)));
        // shorter than the view's: the query's wins
        numbers(patient);
        timesOut(
                which,
                200,
                () -> patient.from(TNum.class)
                        .join(TNum.class, (a, b) -> a.n != b.n)
                        .join(TNum.class, (a, b, c) -> b.n != c.n)
                        .timeout(Duration.ofMillis(200))
                        .count());
        timesOut(
                which,
                250,
                () -> db.withStatementTimeout(Duration.ofMillis(250)).fetchValue(slow(which)));
        assertEquals((long) ROWS, await(patient.from(TNum.class).count()));
        patient.close(); // a view owns no connection: the database stays open
        assertEquals((long) ROWS, await(db.from(TNum.class).count()));
        assertThrows(IllegalArgumentException.class, () -> db.withStatementTimeout(Duration.ofMillis(-1)));
        assertThrows(IllegalArgumentException.class, () -> db.from(TNum.class).timeout(Duration.ofMillis(-1)));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void insideATransactionTheTimeoutRollsBackAndTheConnectionServesTheNext(TestDb which) {
        Database db = open(which, 0);
        numbers(db);
        Duration limit = Duration.ofMillis(300);
        // the transaction fails with the timeout; its write is rolled back
        timesOut(
                which,
                300,
                () -> db.transaction(tx -> tx.execute("UPDATE " + TABLE + " SET n = -1 WHERE n = 0")
                        .compose(n -> tx.withStatementTimeout(limit).fetchValue(slow(which)))));
        assertEquals(0L, await(db.from(TNum.class).where(t -> t.n == -1).count()));
        // a timed-out statement in a nested transaction (a savepoint): the outer one goes on and commits
        Object after = await(db.transaction(tx -> tx.execute("UPDATE " + TABLE + " SET n = -2 WHERE n = 1")
                .compose(n -> tx.transaction(
                                inner -> inner.withStatementTimeout(limit).fetchValue(slow(which)))
                        .map(x -> (Object) "finished")
                        .recover(e -> Future.succeededFuture(e)))
                .compose(r -> tx.from(TNum.class).where(t -> t.n == -2).count().map(c -> List.of(r, c)))));
        List<?> res = (List<?>) after;
        assertInstanceOf(DatabaseTimeoutException.class, res.get(0), String.valueOf(res.get(0)));
        assertEquals(1L, res.get(1));
        assertEquals(1L, await(db.from(TNum.class).where(t -> t.n == -2).count()));
        assertEquals((long) ROWS, await(db.from(TNum.class).count()));
        assertNull(await(db.fetchValue("SELECT NULL")));
    }

    /** Every row of {@code stream}, or its failure; {@code pauseAfterFirst} ms of a slow consumer after row 1. */
    private static <T> Future<List<T>> drain(QueryStream<T> stream, long pauseAfterFirst, Vertx vertx) {
        Promise<List<T>> out = Promise.promise();
        List<T> rows = new CopyOnWriteArrayList<>();
        stream.exceptionHandler(out::tryFail);
        stream.endHandler(v -> out.tryComplete(rows));
        stream.handler(r -> {
            rows.add(r);
            if (rows.size() == 1 && pauseAfterFirst > 0) {
                stream.pause();
                vertx.setTimer(pauseAfterFirst, t -> stream.resume());
            }
        });
        return out.future();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void aStreamsStatementIsLimitedButASlowConsumerIsNot(TestDb which) {
        Database db = open(which, 0);
        numbers(db);
        long ms = timesOut(
                which,
                300,
                () -> drain(
                        db
                                .from(TNum.class)
                                .join(TNum.class, (a, b) -> a.n != b.n)
                                .join(TNum.class, (a, b, c) -> b.n != c.n)
                                .where((a, b, c) -> a.n + b.n + c.n == -1)
                                .select((a, b, c) -> a.n)
                                .timeout(Duration.ofMillis(300))
                                .stream(),
                        0,
                        db.vertx()));
        Reliability.record("stream timeout 300 ms, " + which + ", cancelled after (ms)", ms);
        assertEquals((long) ROWS, await(db.from(TNum.class).count()));
        // the Database default bounds a raw stream too
        Database limited = db.withStatementTimeout(Duration.ofMillis(300));
        timesOut(which, 300, () -> drain(limited.stream(Long.class, slow(which)), 0, db.vertx()));
        // a consumer that holds the rows longer than the limit is not cancelled: only waits for the server count
        List<TNum> all = await(drain(limited.from(TNum.class).orderBy(t -> t.n).stream(100), 700, db.vertx()));
        assertEquals(ROWS, all.size());
        assertEquals(3L, await(db.fetchValue(Long.class, "SELECT 1 + 2")));
    }
}
