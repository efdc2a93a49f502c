package io.kakaorm.vertx.observe;

import static io.kakaorm.vertx.testing.TestDatabases.await;
import static io.kakaorm.vertx.testing.TestDatabases.awaitFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kakaorm.IntegrityException;
import io.kakaorm.QueryStream;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.observe.StatementEvent.Kind;
import io.kakaorm.vertx.testing.TestDatabases;
import io.kakaorm.vertx.testing.TestDb;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every path that sends SQL reports one event with what it did, on every database. */
@ExtendWith(TestDatabases.class)
class StatementListenerTest {

    /** Collects events; {@link #take()} returns and clears them. */
    static final class Recorder implements StatementListener {
        final List<StatementEvent> events = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void onStatement(StatementEvent e) {
            events.add(e);
        }

        List<StatementEvent> take() {
            synchronized (events) {
                List<StatementEvent> out = List.copyOf(events);
                events.clear();
                return out;
            }
        }

        StatementEvent one() {
            List<StatementEvent> es = take();
            assertEquals(1, es.size(), () -> "expected one statement, got " + es);
            return es.get(0);
        }
    }

    private static Database open(TestDb which, Recorder rec) {
        Database db = TestDatabases.open(which);
        await(db.createTable(Account.class));
        db.addStatementListener(rec);
        return db;
    }

    private static String lower(StatementEvent e) {
        return e.sql().toLowerCase(Locale.ROOT);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void queriesWritesAndRawSqlReportSqlBindsRowsAndDuration(TestDb which) {
        Recorder rec = new Recorder();
        Database db = open(which, rec);
        String dialect = db.dialectName();

        Account a = await(db.create(Account.class, x -> x.name = "ann"));
        StatementEvent insert = rec.one();
        assertTrue(lower(insert).startsWith("insert"), insert.sql());
        assertTrue(insert.binds().contains("ann"), insert.toString());
        assertEquals(1, insert.rows());
        assertEquals(dialect, insert.dialect());
        assertTrue(insert.succeeded());
        assertFalse(insert.inTransaction());
        assertFalse(insert.duration().isNegative());

        await(db.create(Account.class, x -> x.name = "bob"));
        rec.take();
        int min = 0;
        List<Account> found =
                await(db.from(Account.class).where(x -> x.logins >= min).list());
        StatementEvent query = rec.one();
        assertEquals(Kind.QUERY, query.kind());
        assertEquals(found.size(), query.rows());
        assertEquals(2, query.rows());
        assertTrue(query.callSite().startsWith("StatementListenerTest.java:"), query.callSite());
        assertEquals(List.of(min), query.binds());

        assertEquals(2L, await(db.from(Account.class).count()));
        StatementEvent count = rec.one();
        assertEquals(1, count.rows());
        assertNull(count.callSite(), "an unfiltered query has no lambda call site");

        assertEquals(
                1, await(db.from(Account.class).where(x -> x.name.equals("bob")).update(x -> x.logins, 5)));
        StatementEvent update = rec.one();
        assertEquals(Kind.UPDATE, update.kind());
        assertEquals(1, update.rows());
        assertTrue(update.callSite().startsWith("StatementListenerTest.java:"));

        a.logins = 3;
        await(a.save());
        assertEquals(1, rec.one().rows());

        assertEquals(2, await(db.execute("UPDATE obs_account SET logins = logins + ?", 1)));
        StatementEvent raw = rec.one();
        assertEquals(2, raw.rows());
        assertEquals(
                List.of(1),
                raw.binds().stream().map(b -> ((Number) b).intValue()).toList());
        assertEquals(2, await(db.fetch("SELECT * FROM obs_account")).size());
        assertEquals(2, rec.one().rows());

        await(db.from(Account.class).where(x -> x.name.equals("ann")).delete());
        assertEquals(1, rec.one().rows());

        await(db.dropTable(Account.class));
        List<StatementEvent> ddl = rec.take();
        assertFalse(ddl.isEmpty());
        assertTrue(ddl.stream().allMatch(e -> e.kind() == Kind.UPDATE && e.rows() == 0), ddl.toString());
        assertTrue(lower(ddl.get(0)).startsWith("drop table"), ddl.toString());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void failuresCarryTheErrorAndNoRows(TestDb which) {
        Recorder rec = new Recorder();
        Database db = open(which, rec);
        await(db.create(Account.class, x -> x.name = "dup"));
        rec.take();
        Throwable t = awaitFailure(db.create(Account.class, x -> x.name = "dup"));
        StatementEvent e = rec.one();
        assertFalse(e.succeeded());
        assertInstanceOf(IntegrityException.class, e.error());
        assertEquals(t, e.error());
        assertEquals(0, e.rows());
        assertTrue(e.toString().contains("failed (IntegrityException)"), e.toString());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void transactionsReportBoundariesAndNumberTheirStatements(TestDb which) {
        Recorder rec = new Recorder();
        Database db = open(which, rec);
        await(db.transaction(tx -> tx.create(Account.class, x -> x.name = "t1")
                .compose(v -> tx.transaction(inner -> inner.create(Account.class, x -> x.name = "t2")))));
        List<StatementEvent> committed = rec.take();
        List<Kind> kinds = committed.stream().map(StatementEvent::kind).toList();
        assertEquals(
                List.of(Kind.BEGIN, Kind.INSERT, Kind.UPDATE, Kind.INSERT, Kind.UPDATE, Kind.COMMIT),
                kinds,
                committed.toString());
        long number = committed.get(0).transaction();
        assertNotEquals(0, number);
        assertTrue(committed.stream().allMatch(e -> e.transaction() == number), committed.toString());
        assertTrue(
                committed.get(2).sql().startsWith("SAVEPOINT"), committed.get(2).sql());
        assertTrue(
                committed.get(4).sql().startsWith("RELEASE SAVEPOINT"),
                committed.get(4).sql());

        awaitFailure(db.transaction(tx -> tx.create(Account.class, x -> x.name = "t3")
                .compose(v -> Future.failedFuture(new IllegalStateException("undo")))));
        List<StatementEvent> rolledBack = rec.take();
        assertEquals(
                List.of(Kind.BEGIN, Kind.INSERT, Kind.ROLLBACK),
                rolledBack.stream().map(StatementEvent::kind).toList());
        assertTrue(rolledBack.get(0).transaction() > number, "each transaction gets a new number");

        await(db.from(Account.class).count());
        assertFalse(rec.one().inTransaction(), "after the transaction statements run on the pool");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void aStreamReportsOnceWithEveryRowItDelivered(TestDb which) {
        Recorder rec = new Recorder();
        Database db = open(which, rec);
        await(db.transaction(tx -> {
            Future<Void> f = Future.succeededFuture();
            for (int i = 0; i < 25; i++) {
                String name = "s" + i;
                f = f.compose(v -> tx.create(Account.class, x -> x.name = name).mapEmpty());
            }
            return f;
        }));
        rec.take();
        QueryStream<Account> stream = db.from(Account.class).where(x -> x.logins == 0).stream(4);
        AtomicInteger seen = new AtomicInteger();
        Promise<Void> done = Promise.promise();
        stream.exceptionHandler(done::tryFail);
        stream.endHandler(v -> done.tryComplete());
        stream.handler(x -> seen.incrementAndGet());
        await(done.future());
        assertEquals(25, seen.get());
        List<StatementEvent> events = rec.take();
        long rows = events.stream().mapToLong(StatementEvent::rows).sum();
        assertEquals(25, rows, events.toString());
        // a cursor reports one STREAM event; in-memory or in-transaction SQLite reads chunks, each a QUERY
        assertTrue(events.stream().allMatch(e -> e.kind() == Kind.STREAM || e.kind() == Kind.QUERY));
        assertTrue(events.stream().filter(e -> e.kind() == Kind.STREAM).count() <= 1);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void maskedColumnsNeverReachListeners(TestDb which) {
        Recorder rec = new Recorder();
        Database db = open(which, rec).maskBinds("PASSWORD");
        String secret = "hunter2";
        Account a = await(db.create(Account.class, x -> {
            x.name = "carol";
            x.password = secret;
        }));
        a.password = secret + "!";
        await(a.save());
        await(db.from(Account.class).where(x -> x.password.equals(secret + "!")).first());
        await(db.fetch("SELECT name FROM obs_account WHERE password = ? AND name = ?", secret + "!", "carol"));
        List<StatementEvent> events = rec.take();
        assertEquals(4, events.size());
        for (StatementEvent e : events) {
            assertFalse(e.binds().stream().anyMatch(b -> String.valueOf(b).startsWith(secret)), e.toString());
            assertTrue(e.binds().contains(StatementEvent.MASKED), e.toString());
        }
        assertTrue(events.get(0).binds().contains("carol"), "other columns stay visible: " + events.get(0));
        assertTrue(events.get(3).binds().contains("carol"), "other columns stay visible: " + events.get(3));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void aThrowingListenerNeverFailsTheStatementAndRemovedListenersHearNothing(TestDb which) {
        Recorder rec = new Recorder();
        Database db = open(which, rec);
        StatementListener bad = e -> {
            throw new IllegalStateException("listener bug");
        };
        db.addStatementListener(bad);
        assertEquals(0L, await(db.from(Account.class).count()));
        assertEquals(1, rec.take().size());
        db.removeStatementListener(rec).removeStatementListener(bad);
        await(db.from(Account.class).count());
        assertTrue(rec.take().isEmpty());
    }
}
