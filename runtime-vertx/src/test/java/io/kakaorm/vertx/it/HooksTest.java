package io.kakaorm.vertx.it;

import static io.kakaorm.vertx.testing.TestDatabases.await;
import static io.kakaorm.vertx.testing.TestDatabases.awaitFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kakaorm.spi.ModelState;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.spi.DatabaseAccess;
import io.kakaorm.vertx.testing.TestDatabases;
import io.kakaorm.vertx.testing.TestDb;
import io.vertx.core.Future;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@ExtendWith(TestDatabases.class)
class HooksTest {

    @BeforeEach
    @AfterEach
    void reset() {
        Article.LOG.clear();
        Article.failOn = null;
    }

    private static long count(Database db, String table) {
        return await(db.fetchValue(Long.class, "SELECT COUNT(*) FROM " + table));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void hooksRunInTheSeedsOrder(TestDb which) {
        Database db = TestDatabases.open(which);
        await(db.createTable(Article.class));
        Article a = await(db.create(Article.class, x -> x.title = "t"));
        assertEquals(List.of("beforeInsert", "afterInsert"), Article.LOG);
        Article.LOG.clear();
        await(a.save());
        assertEquals(List.of(), Article.LOG, "nothing changed: no UPDATE, no hook");
        a.title = "t2";
        await(a.save());
        assertEquals(List.of("beforeUpdate", "afterUpdate"), Article.LOG);
        assertEquals(1, await(db.get(Article.class, a.id)).version, "beforeUpdate's change was written");
        Article.LOG.clear();
        await(a.delete());
        assertEquals(List.of("beforeDelete", "afterDelete"), Article.LOG);
        assertEquals(0, count(db, "article"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void failingBeforeHookAbortsWithNothingWritten(TestDb which) {
        Database db = TestDatabases.open(which);
        await(db.createTable(Article.class));
        Article.failOn = "beforeInsert";
        Throwable t = awaitFailure(db.create(Article.class, x -> x.title = "t"));
        assertEquals("hook beforeInsert failed", t.getMessage());
        assertEquals(0, count(db, "article"));
        assertEquals(List.of("beforeInsert"), Article.LOG);

        Article.failOn = null;
        Article a = await(db.create(Article.class, x -> x.title = "kept"));
        Article.failOn = "beforeUpdate";
        a.title = "changed";
        awaitFailure(a.save());
        assertEquals("kept", await(db.get(Article.class, a.id)).title);
        Article.failOn = "beforeDelete";
        awaitFailure(a.delete());
        assertEquals(1, count(db, "article"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void failingAfterHookOutsideATransactionLeavesNothing(TestDb which) {
        Database db = TestDatabases.open(which);
        await(db.createTable(Note.class));
        await(db.createTable(Audit.class));
        Note ok = await(db.create(Note.class, n -> n.text = "fine"));
        assertTrue(ok.isPersisted());
        Note boom = new Note();
        boom.text = "boom";
        ModelState.attach(boom, DatabaseAccess.engine(db), false);
        assertEquals("after-hook boom", awaitFailure(boom.save()).getMessage());
        assertFalse(boom.isPersisted());
        assertNull(boom.id);
        assertEquals(1, count(db, "note"), "the failed note was rolled back");
        assertEquals(1, count(db, "audit"), "the failed hook's own write was rolled back");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void hooksRunInsideTheUsersTransaction(TestDb which) {
        Database db = TestDatabases.open(which);
        await(db.createTable(Note.class));
        await(db.createTable(Audit.class));
        awaitFailure(db.transaction(tx -> tx.create(Note.class, n -> n.text = "inside")
                .compose(n -> Future.failedFuture(new IllegalStateException("abort")))));
        assertEquals(0, count(db, "note"));
        assertEquals(0, count(db, "audit"), "the after-hook's write was part of the rolled back transaction");
        await(db.transaction(tx -> tx.create(Note.class, n -> n.text = "committed")));
        assertEquals(1, count(db, "audit"));
    }
}
