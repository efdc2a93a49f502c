package io.kakaorm.vertx.writes;

import static io.kakaorm.vertx.testing.TestDatabases.await;
import static io.kakaorm.vertx.testing.TestDatabases.awaitFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kakaorm.Model;
import io.kakaorm.ModelDefinitionException;
import io.kakaorm.OptimisticLockException;
import io.kakaorm.SaveResult.Outcome;
import io.kakaorm.Version;
import io.kakaorm.meta.ModelMeta;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.testing.TestDatabases;
import io.kakaorm.vertx.testing.TestDb;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code @Version}: UPDATE/DELETE check and bump it; a concurrent change fails with OptimisticLockException. */
@ExtendWith(TestDatabases.class)
class OptimisticLockTest {

    private static Ledger seed(Database db) {
        await(db.createTable(Ledger.class));
        return await(db.create(Ledger.class, l -> l.title = "first"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void concurrentUpdate_failsWithTheModelAndKey_andWritesNothing(TestDb which) {
        Database db = TestDatabases.open(which);
        Ledger l = seed(db);
        assertEquals(0, l.version);
        Ledger a = await(db.get(Ledger.class, l.id));
        Ledger b = await(db.get(Ledger.class, l.id));
        a.views = 10;
        await(a.save());
        assertEquals(1, a.version);
        assertEquals(1, await(db.get(Ledger.class, l.id)).version);

        b.title = "lost?";
        OptimisticLockException e = assertInstanceOf(OptimisticLockException.class, awaitFailure(b.save()));
        assertEquals(Ledger.class, e.modelClass());
        assertEquals(l.id, e.key());
        assertEquals(0L, e.expectedVersion());
        assertTrue(e.getMessage().contains("Ledger id = " + l.id), e.getMessage());
        assertEquals(0, b.version, "a failed save keeps the version");
        Ledger back = await(db.get(Ledger.class, l.id));
        assertEquals("first", back.title);
        assertEquals(10, back.views);

        assertEquals(Outcome.UNCHANGED, await(back.saveChanges()).outcome());
        assertEquals(1, await(db.get(Ledger.class, l.id)).version, "no bump without a change");
        await(b.refresh());
        b.title = "second try";
        await(b.save());
        assertEquals(2, await(db.get(Ledger.class, l.id)).version);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void staleDelete_fails_andCurrentDeleteWorks(TestDb which) {
        Database db = TestDatabases.open(which);
        Ledger l = seed(db);
        Ledger stale = await(db.get(Ledger.class, l.id));
        l.note = "changed";
        await(l.save());
        OptimisticLockException e = assertInstanceOf(OptimisticLockException.class, awaitFailure(stale.delete()));
        assertEquals(l.id, e.key());
        assertNotNull(await(db.getOrNone(Ledger.class, l.id)));
        await(l.delete());
        assertNull(await(db.getOrNone(Ledger.class, l.id)));
        // the row is gone: an update of the stale copy fails the same way
        stale.note = "again";
        assertInstanceOf(OptimisticLockException.class, awaitFailure(stale.save()));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void versionFromAClient_isWhatTheUpdateExpects(TestDb which) {
        Database db = TestDatabases.open(which);
        Ledger l = seed(db);
        l.views = 1;
        await(l.save()); // version 1
        Ledger edit = await(db.get(Ledger.class, l.id));
        edit.version = 0; // the client saw version 0
        edit.views = 2;
        assertInstanceOf(OptimisticLockException.class, awaitFailure(edit.save()));
        edit.version = 1;
        await(edit.save());
        assertEquals(2, edit.version);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void timestampVersion_movesForwardOnEveryUpdate(TestDb which) {
        Database db = TestDatabases.open(which);
        await(db.createTable(Stamped.class));
        Stamped s = await(db.create(Stamped.class, x -> x.title = "t"));
        assertNotNull(s.modifiedAt);
        Instant first = s.modifiedAt;
        Stamped other = await(db.get(Stamped.class, s.id));
        assertEquals(first, other.modifiedAt);
        for (int i = 1; i <= 3; i++) {
            Instant before = s.modifiedAt;
            s.views = i;
            await(s.save());
            assertTrue(s.modifiedAt.isAfter(before), s.modifiedAt + " after " + before);
            assertEquals(s.modifiedAt, await(db.get(Stamped.class, s.id)).modifiedAt);
        }
        other.title = "stale";
        OptimisticLockException e = assertInstanceOf(OptimisticLockException.class, awaitFailure(other.save()));
        assertEquals(first, e.expectedVersion());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void bulkUpdate_bumpsVersions(TestDb which) {
        Database db = TestDatabases.open(which);
        Ledger l = seed(db);
        Ledger other = await(db.create(Ledger.class, x -> x.title = "other"));
        int n = await(db.from(Ledger.class).where(x -> x.title.equals("first")).update(x -> x.views, 7));
        assertEquals(1, n);
        assertEquals(1, await(db.get(Ledger.class, l.id)).version);
        assertEquals(0, await(db.get(Ledger.class, other.id)).version);
        l.note = "stale";
        assertInstanceOf(OptimisticLockException.class, awaitFailure(l.save()));

        await(db.createTable(Stamped.class));
        Stamped s = await(db.create(Stamped.class, x -> x.title = "t"));
        await(db.from(Stamped.class).update(c -> c.set(x -> x.views, 3)));
        Stamped back = await(db.get(Stamped.class, s.id));
        assertTrue(back.modifiedAt.isAfter(s.modifiedAt), back.modifiedAt + " after " + s.modifiedAt);
        assertEquals(3, back.views);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void aRolledBackUpdate_leavesTheInstanceAsItWas_soItCanBeSavedAgain(TestDb which) {
        Database db = TestDatabases.open(which);
        await(db.createTable(Fragile.class));
        Fragile f = await(db.create(Fragile.class, x -> x.title = "a"));
        f.title = "b";
        Fragile.failAfterUpdate = true;
        try {
            assertEquals("afterUpdate failed", awaitFailure(f.save()).getMessage());
        } finally {
            Fragile.failAfterUpdate = false;
        }
        assertEquals(0, f.version, "the version of the rolled-back UPDATE is not kept");
        assertEquals(List.of("title"), f.changedFields(), "the change is still unsaved");
        Fragile back = await(db.get(Fragile.class, f.id));
        assertEquals("a", back.title);
        assertEquals(0, back.version);
        await(f.save());
        assertEquals(1, f.version);
        assertEquals("b", await(db.get(Fragile.class, f.id)).title);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void bulkUpdateOfInstances_checksAndBumpsEachVersion(TestDb which) {
        Database db = TestDatabases.open(which);
        Ledger a = seed(db);
        Ledger b = await(db.create(Ledger.class, x -> x.title = "second"));
        a.views = 5;
        b.views = 6;
        assertEquals(2, await(db.bulkUpdate(List.of(a, b), x -> x.views)));
        assertEquals(1, a.version);
        assertEquals(1, b.version);
        assertEquals(1, await(db.get(Ledger.class, b.id)).version);
        Ledger staleB = await(db.get(Ledger.class, b.id));
        await(db.from(Ledger.class).where(x -> x.title.equals("second")).update(x -> x.note, "moved on"));
        a.views = 50;
        staleB.views = 60;
        OptimisticLockException e = assertInstanceOf(
                OptimisticLockException.class, awaitFailure(db.bulkUpdate(List.of(a, staleB), x -> x.views)));
        assertEquals(Ledger.class, e.modelClass());
        assertEquals(5, await(db.get(Ledger.class, a.id)).views, "the whole bulk update was rolled back");
        assertEquals(1, a.version);
    }

    /** Two @Version fields. */
    public static class TwoVersions extends Model<TwoVersions> {
        @Version
        public int a;

        @Version
        public int b;
    }

    /** A String version. */
    public static class TextVersion extends Model<TextVersion> {
        @Version
        public String v;
    }

    @Test
    void badVersionFields_areRejectedWithTheirName() {
        ModelDefinitionException two =
                assertThrows(ModelDefinitionException.class, () -> ModelMeta.of(TwoVersions.class));
        assertTrue(two.getMessage().contains("two @Version"), two.getMessage());
        ModelDefinitionException text =
                assertThrows(ModelDefinitionException.class, () -> ModelMeta.of(TextVersion.class));
        assertTrue(text.getMessage().contains("String") && text.getMessage().contains("v"), text.getMessage());
        assertEquals("version", ModelMeta.of(Ledger.class).versionColumn().fieldName());
    }
}
