package io.kakaorm.vertx.writes;

import static io.kakaorm.vertx.testing.TestDatabases.await;
import static io.kakaorm.vertx.testing.TestDatabases.awaitFailure;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kakaorm.SaveResult;
import io.kakaorm.SaveResult.Outcome;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.it.Article;
import io.kakaorm.vertx.testing.TestDatabases;
import io.kakaorm.vertx.testing.TestDb;
import java.util.List;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** save() writes what changed since load/save, and nothing when nothing did. */
@ExtendWith(TestDatabases.class)
class DirtyTrackingTest {

    private static Tracked seed(Database db) {
        await(db.createTable(Tracked.class));
        return await(db.create(Tracked.class, t -> {
            t.title = "Hello World";
            t.slug = "hello-world";
            t.views = 0;
            t.data = new byte[] {1, 2, 3};
        }));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void twoInstancesOfOneRow_editingDifferentFields_keepBothChanges(TestDb which) {
        Database db = TestDatabases.open(which);
        Tracked t = seed(db);
        Tracked a = await(db.get(Tracked.class, t.id));
        Tracked b = await(db.get(Tracked.class, t.id));
        a.views = 10;
        b.title = "Renamed";
        SaveResult ra = await(a.saveChanges());
        SaveResult rb = await(b.saveChanges());
        assertEquals(Outcome.UPDATED, ra.outcome());
        assertEquals(List.of("views", "updatedAt"), ra.fields());
        assertEquals(List.of("title", "slug", "updatedAt"), rb.fields()); // slug: set by beforeUpdate
        Tracked back = await(db.get(Tracked.class, t.id));
        assertEquals(10, back.views);
        assertEquals("Renamed", back.title);
        assertEquals("renamed", back.slug);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void unchangedInstance_sendsNoUpdate_runsNoHook_andSaysSo(TestDb which) {
        Database db = TestDatabases.open(which);
        Tracked t = seed(db);
        Tracked loaded = await(db.get(Tracked.class, t.id));
        // a change behind the instance's back: an UPDATE of every column would undo it
        await(db.execute("UPDATE tracked SET views = 99 WHERE id = ?", t.id));
        Tracked.LOG.clear();
        assertFalse(loaded.hasChanges());
        assertEquals(List.of(), loaded.changedFields());
        SaveResult r = await(loaded.saveChanges());
        assertEquals(Outcome.UNCHANGED, r.outcome());
        assertFalse(r.wrote());
        assertEquals(List.of(), r.fields());
        assertEquals(List.of(), Tracked.LOG, "no hook for an unchanged save");
        Tracked back = await(db.get(Tracked.class, t.id));
        assertEquals(99, back.views);
        assertEquals(loaded.updatedAt, back.updatedAt, "@AutoNow is not touched when nothing changed");
        // the instance just saved (inserted) is unchanged too
        assertEquals(Outcome.UNCHANGED, await(t.saveChanges()).outcome());
        assertEquals(Outcome.UNCHANGED, await(db.saveChanges(back)).outcome());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void afterASave_onlyLaterChangesAreWritten(TestDb which) {
        Database db = TestDatabases.open(which);
        Tracked t = seed(db);
        t.views = 1;
        assertEquals(List.of("views"), t.changedFields());
        assertTrue(t.hasChanges());
        await(t.save());
        assertEquals(List.of(), t.changedFields());
        await(db.execute("UPDATE tracked SET title = ? WHERE id = ?", "Changed elsewhere", t.id));
        t.views = 2;
        SaveResult r = await(t.saveChanges());
        // beforeUpdate re-derived slug from the stale title: slug is written, title is not
        assertEquals(List.of("views", "updatedAt"), r.fields());
        Tracked back = await(db.get(Tracked.class, t.id));
        assertEquals("Changed elsewhere", back.title);
        assertEquals(2, back.views);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void inPlaceEditOfAByteArray_isAChange(TestDb which) {
        Database db = TestDatabases.open(which);
        Tracked t = seed(db);
        Tracked loaded = await(db.get(Tracked.class, t.id));
        loaded.data[0] = 42;
        assertEquals(List.of("data"), loaded.changedFields());
        await(loaded.save());
        assertArrayEquals(new byte[] {42, 2, 3}, await(db.get(Tracked.class, t.id)).data);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void newInstance_countsEveryField_andInsertSaysInserted(TestDb which) {
        Database db = TestDatabases.open(which);
        await(db.createTable(Tracked.class));
        Tracked t = new Tracked();
        t.title = "x";
        assertTrue(t.hasChanges());
        assertEquals(List.of("id", "title", "views", "slug", "data", "updatedAt"), t.changedFields());
        SaveResult r = await(db.saveChanges(t));
        assertEquals(Outcome.INSERTED, r.outcome());
        assertTrue(r.fields().contains("title"));
        assertFalse(t.hasChanges());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void deletingAnUnsavedInstance_failsBeforeAnyHook(TestDb which) {
        Database db = TestDatabases.open(which);
        await(db.createTable(Article.class));
        Article a = new Article();
        a.title = "never saved";
        Article.LOG.clear();
        IllegalStateException e = assertInstanceOf(IllegalStateException.class, awaitFailure(db.delete(a)));
        assertTrue(e.getMessage().contains("Article") && e.getMessage().contains("never saved"), e.getMessage());
        assertEquals(List.of(), Article.LOG);

        Article saved = await(db.create(Article.class, x -> x.title = "t"));
        await(saved.delete());
        Article.LOG.clear();
        assertInstanceOf(IllegalStateException.class, awaitFailure(saved.delete()), "deleted twice");
        assertEquals(List.of(), Article.LOG);
    }
}
