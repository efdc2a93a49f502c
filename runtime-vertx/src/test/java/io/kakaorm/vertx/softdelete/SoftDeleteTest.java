package io.kakaorm.vertx.softdelete;

import static io.kakaorm.vertx.testing.TestDatabases.await;
import static io.kakaorm.vertx.testing.TestDatabases.awaitFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kakaorm.NotFoundException;
import io.kakaorm.meta.ModelMeta;
import io.kakaorm.spi.QueryAccess;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.bulk.TagView;
import io.kakaorm.vertx.testing.TestDatabases;
import io.kakaorm.vertx.testing.TestDb;
import io.vertx.core.Future;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@ExtendWith(TestDatabases.class)
class SoftDeleteTest {

    static Database memos(TestDb which) {
        Database db = TestDatabases.open(which);
        await(db.createTable(Folder.class));
        await(db.createTable(Memo.class));
        for (String f : List.of("a", "b")) {
            await(db.create(Folder.class, x -> x.code = f));
        }
        for (int i = 0; i < 6; i++) {
            int k = i;
            await(db.create(Memo.class, m -> {
                m.title = "m" + k;
                m.views = k * 10;
                m.folderCode = k % 2 == 0 ? "a" : "b";
            }));
        }
        return db;
    }

    @Test
    void deletedAtIsAColumnOfTheTable() {
        assertEquals("deleted_at", ModelMeta.of(Memo.class).softDeleteColumn().name());
        assertNull(ModelMeta.of(TagView.class).softDeleteColumn());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void deleteMarksTheRowAndEveryQueryHidesIt(TestDb which) {
        Database db = memos(which);
        Memo m2 = await(db.from(Memo.class).where(m -> m.title.equals("m2")).get());
        int hooks = Memo.AFTER_DELETES.get();
        await(m2.delete());
        assertEquals(hooks + 1, Memo.AFTER_DELETES.get());
        assertNotNull(m2.deletedAt);
        assertTrue(m2.isDeleted());
        assertEquals(1L, await(db.fetchValue(Long.class, "SELECT COUNT(*) FROM sd_memo WHERE deleted_at IS NOT NULL")));

        assertEquals(5, await(db.from(Memo.class).list()).size());
        assertEquals(5, await(db.all(Memo.class)).size());
        assertEquals(5L, await(db.from(Memo.class).count()));
        assertFalse(await(db.from(Memo.class).where(m -> m.title.equals("m2")).exists()));
        assertEquals(130L, (long) await(db.from(Memo.class).sum(m -> m.views)));
        assertNull(await(db.getOrNone(Memo.class, m2.id)));
        assertInstanceOf(NotFoundException.class, awaitFailure(db.get(Memo.class, m2.id)));
        assertEquals(
                List.of("m0", "m4"),
                await(await(db.get(Folder.class, "a")).memos.load()).stream()
                        .map(m -> m.title)
                        .toList());
        List<Folder> folders = await(db.from(Folder.class)
                .prefetch(f -> f.memos)
                .orderBy(f -> f.code)
                .list());
        assertEquals(2, folders.get(0).memos.get().size());
        Folder fa = await(db.from(Folder.class).where(f -> f.code.equals("a")).get());
        assertEquals(1L, (long) await(fa.memos.query().where(m -> m.views > 0).count()));

        assertEquals(6L, await(db.from(Memo.class).includeDeleted().count()));
        assertEquals(
                List.of("m2"),
                await(db.from(Memo.class).onlyDeleted().list()).stream()
                        .map(m -> m.title)
                        .toList());
        assertEquals(
                List.of("m2"),
                await(db.from(Memo.class)
                                .where(m -> m.views >= 20)
                                .onlyDeleted()
                                .where(m -> m.views <= 20)
                                .list())
                        .stream()
                        .map(m -> m.title)
                        .toList());
        assertEquals(
                0L,
                await(db.from(Memo.class)
                        .onlyDeleted()
                        .includeDeleted()
                        .onlyDeleted()
                        .where(m -> m.views > 20)
                        .count()));

        await(m2.restore());
        assertNull(m2.deletedAt);
        assertEquals(6L, await(db.from(Memo.class).count()));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void queryDeleteIsLogicalRestoreAndPurge(TestDb which) {
        Database db = memos(which);
        assertEquals(3, await(db.from(Memo.class).where(m -> m.views >= 30).delete()));
        assertEquals(3L, await(db.from(Memo.class).count()));
        assertEquals(
                6L, await(db.fetchValue(Long.class, "SELECT COUNT(*) FROM sd_memo")), "nothing physically deleted");
        assertEquals(
                0, await(db.from(Memo.class).where(m -> m.views >= 30).delete()), "already deleted rows are hidden");

        assertEquals(
                1,
                await(db.from(Memo.class)
                        .onlyDeleted()
                        .where(m -> m.title.equals("m5"))
                        .restore()));
        assertEquals(4L, await(db.from(Memo.class).count()));
        assertEquals(2, await(db.from(Memo.class).onlyDeleted().purge()));
        assertEquals(4L, await(db.fetchValue(Long.class, "SELECT COUNT(*) FROM sd_memo")));
        assertEquals(4L, await(db.from(Memo.class).includeDeleted().count()));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void failingHookDeletesNothingAndTransactionsRollBack(TestDb which) {
        Database db = memos(which);
        Memo locked = await(db.create(Memo.class, m -> m.title = "locked"));
        assertEquals("locked", awaitFailure(locked.delete()).getMessage());
        assertNull(locked.deletedAt);
        assertEquals(7L, await(db.from(Memo.class).count()));

        Folder b = await(db.get(Folder.class, "b"));
        Throwable t = awaitFailure(
                db.transaction(tx -> b.delete().compose(v -> Future.failedFuture(new IllegalStateException("boom")))));
        assertEquals("boom", t.getMessage());
        assertEquals(2L, await(db.from(Folder.class).count()), "rolled back with the transaction");
        await(db.transaction(tx -> b.delete()));
        assertEquals(
                List.of("a"),
                await(db.from(Folder.class).list()).stream().map(f -> f.code).toList());
        await(b.restore());
        assertEquals(2L, await(db.from(Folder.class).count()));
    }

    @Test
    void softDeleteCallsOnOtherModelsAreRefused() {
        var q = QueryAccess.from(TagView.class, null);
        IllegalStateException e = assertThrows(IllegalStateException.class, q::onlyDeleted);
        assertTrue(e.getMessage().contains("SoftDeleteModel"), e.getMessage());
    }
}
