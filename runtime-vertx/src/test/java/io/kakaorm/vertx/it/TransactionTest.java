package io.kakaorm.vertx.it;

import static io.kakaorm.vertx.testing.TestDatabases.await;
import static io.kakaorm.vertx.testing.TestDatabases.awaitFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kakaorm.Row;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.testing.TestDatabases;
import io.kakaorm.vertx.testing.TestDb;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.util.List;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@ExtendWith(TestDatabases.class)
class TransactionTest {

    private static List<String> names(Database db) {
        return await(db.fetch("SELECT name FROM author ORDER BY id")).stream()
                .map(r -> r.getString("name"))
                .toList();
    }

    private static Future<Author> add(Database db, String name) {
        return db.create(Author.class, a -> a.name = name);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void commitsWhenTheWorkSucceeds(TestDb which) {
        Database db = TestDatabases.open(which);
        await(db.createTable(Author.class));
        String r = await(
                db.transaction(tx -> add(tx, "a").compose(x -> add(tx, "b")).map(x -> "done")));
        assertEquals("done", r);
        assertEquals(List.of("a", "b"), names(db));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void failureAfterTwoInsertsRollsBackBoth(TestDb which) {
        Database db = TestDatabases.open(which);
        await(db.createTable(Author.class));
        Throwable t = awaitFailure(db.transaction(tx ->
                add(tx, "a").compose(x -> add(tx, "b")).compose(x -> add(tx, null)))); // NOT NULL: ValidationException
        assertEquals("ValidationException", t.getClass().getSimpleName());
        assertEquals(List.of(), names(db));

        awaitFailure(
                db.transaction(tx -> add(tx, "c").compose(x -> add(tx, "d")).map(x -> {
                    throw new IllegalStateException("thrown in a callback");
                })));
        awaitFailure(db.transaction(tx -> {
            throw new IllegalStateException("thrown by the work itself");
        }));
        assertEquals(List.of(), names(db));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void operationsOnTheDatabaseAndModelsJoinWithoutPassingTx(TestDb which) {
        Database db = TestDatabases.open(which);
        await(db.createTable(Author.class));
        awaitFailure(db.transaction(ignored -> add(db, "via db")
                .compose(a -> {
                    a.name = "renamed";
                    return a.save(); // the model's own save() joins too
                })
                .compose(a -> db.fetchValue(Long.class, "SELECT COUNT(*) FROM author"))
                .compose(n -> {
                    assertEquals(1L, n, "the transaction sees its own write");
                    return Future.failedFuture("rollback");
                })));
        assertEquals(List.of(), names(db));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void nestedTransactionIsASavepoint(TestDb which) {
        Database db = TestDatabases.open(which);
        await(db.createTable(Author.class));
        await(db.transaction(tx -> add(tx, "outer-1")
                .compose(x -> tx.transaction(inner -> add(inner, "inner").compose(y -> Future.failedFuture("no")))
                        .recover(e -> Future.succeededFuture()))
                .compose(x -> tx.transaction(inner -> add(inner, "inner-ok")))
                .compose(x -> add(tx, "outer-2"))));
        assertEquals(List.of("outer-1", "inner-ok", "outer-2"), names(db));

        awaitFailure(db.transaction(tx ->
                tx.transaction(inner -> add(inner, "kept by inner")).compose(x -> Future.failedFuture("outer fails"))));
        assertEquals(
                List.of("outer-1", "inner-ok", "outer-2"), names(db), "outer rollback undoes the released savepoint");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void aDatabaseErrorInsideASavepointIsRolledBackToItAndTheOuterGoesOn(TestDb which) {
        Database db = TestDatabases.open(which);
        await(db.createTable(Author.class));
        String r = await(db.transaction(tx -> tx.create(Author.class, a -> {
                    a.name = "first";
                    a.email = "dup@x";
                })
                .compose(x -> tx.transaction(inner -> inner.create(Author.class, a -> {
                            a.name = "second";
                            a.email = "dup@x"; // UNIQUE violation: PostgreSQL aborts the transaction until ROLLBACK TO
                        }))
                        .map(y -> "inner committed?!")
                        .recover(e -> Future.succeededFuture(e.getClass().getSimpleName())))
                .compose(outcome -> add(tx, "third").map(y -> outcome))));
        assertEquals("IntegrityException", r);
        assertEquals(List.of("first", "third"), names(db));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void anotherCallersWriteCannotEndSomeoneElsesTransaction(TestDb which) {
        Database db = TestDatabases.open(which);
        await(db.createTable(Author.class));
        Promise<Void> inside = Promise.promise();
        Promise<Void> release = Promise.promise();
        Future<Object> tx1 = db.transaction(tx -> add(tx, "tx1")
                .compose(x -> {
                    inside.complete();
                    return release.future();
                })
                .compose(x -> Future.failedFuture("tx1 rolls back")));
        await(inside.future());
        // not in tx1's context: this write goes to the pool (SQLite: waits for the writer) and commits alone
        Future<Author> outsider = add(db, "outsider");
        Future<String> tx2 = db.transaction(tx -> add(tx, "tx2").map(x -> "tx2 committed"));
        release.complete();
        awaitFailure(tx1);
        await(outsider);
        assertEquals("tx2 committed", await(tx2));
        List<String> left = names(db);
        assertFalse(left.contains("tx1"), left.toString());
        assertTrue(left.containsAll(List.of("outsider", "tx2")), left.toString());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void concurrentTransactionsOnOneEventLoopStaySeparate(TestDb which) {
        Database db = TestDatabases.open(which);
        await(db.createTable(Author.class));
        Promise<Object> both = Promise.promise();
        db.vertx().runOnContext(v -> {
            Future<String> ok = db.transaction(
                    tx -> add(tx, "ok-1").compose(x -> add(tx, "ok-2")).map(x -> "ok"));
            Future<String> bad = db.transaction(
                    tx -> add(tx, "bad-1").compose(x -> add(tx, "bad-2")).compose(x -> Future.failedFuture("bad")));
            Future.join(ok, bad).onComplete(r -> both.complete(ok.result()));
        });
        assertEquals("ok", await(both.future()));
        assertEquals(List.of("ok-1", "ok-2"), names(db));
        List<Row> rows = await(db.fetch("SELECT COUNT(*) AS n FROM author WHERE name LIKE ?", "bad%"));
        assertEquals(0L, rows.get(0).getLong("n"));
    }
}
