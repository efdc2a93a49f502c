package io.kakaorm.migration;

import static io.kakaorm.vertx.testing.TestDatabases.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kakaorm.migration.models.Author;
import io.kakaorm.migration.models.PostV1;
import io.kakaorm.migration.models.PostV2;
import io.kakaorm.migration.models.PostV3;
import io.kakaorm.migration.schema.Renames;
import io.kakaorm.migration.schema.SchemaChange;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.testing.TestDatabases;
import io.kakaorm.vertx.testing.TestDb;
import java.util.List;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Change a model, plan, apply, plan again (empty), undo; rename hints; drops only with planWithDrop. */
@ExtendWith(TestDatabases.class)
class SchemaChangeIT {

    private static Database withV1AndRows(TestDb which) {
        Database db = TestDatabases.open(which);
        await(await(new Migrator(db).plan(Author.class, PostV1.class)).apply());
        await(db.execute("INSERT INTO kkmig_author (id, name) VALUES (1, 'ann')"));
        await(db.execute("INSERT INTO kkmig_post (id, title, body, views, author_id) VALUES (1, 'a', 'x', 3, 1)"));
        await(db.execute("INSERT INTO kkmig_post (id, title, body, views, author_id) VALUES (2, 'b', 'y', 4, 1)"));
        return db;
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void everyKindOfChange_appliesKeepsRows_thenPlanIsEmpty_andDownRestores(TestDb which) {
        Database db = withV1AndRows(which);
        MigrationPlan plan = await(new Migrator(db).plan(Author.class, PostV2.class));
        assertFalse(plan.isEmpty());
        await(plan.apply());
        MigrationPlan again = await(new Migrator(db).plan(Author.class, PostV2.class));
        assertTrue(again.isEmpty(), () -> "after apply: " + again.changes() + "\n" + plan);
        assertEquals(2L, await(db.fetchValue(Long.class, "SELECT COUNT(*) FROM kkmig_post")));
        assertEquals("b", await(db.fetchValue(String.class, "SELECT title FROM kkmig_post WHERE id = 2")));
        assertEquals(
                0L,
                await(db.fetchValue(Long.class, "SELECT score FROM kkmig_post WHERE id = 2")),
                "new NOT NULL column got its DEFAULT");
        // the new ON DELETE SET NULL is in force
        await(db.execute("DELETE FROM kkmig_author WHERE id = 1"));
        assertNull(await(db.fetchValue("SELECT author_id FROM kkmig_post WHERE id = 1")));

        await(plan.applyDown());
        MigrationPlan back = await(new Migrator(db).plan(Author.class, PostV1.class));
        assertTrue(back.isEmpty(), () -> "after down: " + back.changes() + "\n" + plan.downSql());
        assertEquals(2L, await(db.fetchValue(Long.class, "SELECT COUNT(*) FROM kkmig_post")));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void renameHint_renamesAndKeepsData(TestDb which) {
        Database db = withV1AndRows(which);
        Migrator m = new Migrator(db).withRenames(Renames.none().column("kkmig_post", "body", "content"));
        MigrationPlan plan = await(m.plan(Author.class, PostV3.class));
        SchemaChange rename = plan.changes().get(0); // the plan as users read it: kind, names, SQL
        assertEquals(
                List.of(SchemaChange.Kind.RENAME_COLUMN, "kkmig_post", "body", "content"),
                List.of(rename.kind(), rename.table(), rename.name(), rename.newName()),
                plan::toString);
        assertEquals(
                plan.sql(),
                plan.changes().stream().flatMap(c -> c.sql().stream()).toList());
        await(plan.apply());
        assertEquals("y", await(db.fetchValue(String.class, "SELECT content FROM kkmig_post WHERE id = 2")));
        assertTrue(
                await(new Migrator(db).planWithDrop(Author.class, PostV3.class)).isEmpty());
        await(plan.applyDown());
        assertEquals("y", await(db.fetchValue(String.class, "SELECT body FROM kkmig_post WHERE id = 2")));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void dropPlusAddOfOneType_isOfferedAsARename(TestDb which) {
        Database db = withV1AndRows(which);
        List<RenameCandidate> c = await(new Migrator(db).renameCandidates(List.of(Author.class, PostV3.class)));
        assertEquals(List.of(new RenameCandidate("kkmig_post", "body", "content")), c);
        assertEquals(
                "Did you rename kkmig_post.body to kkmig_post.content?",
                c.get(0).question());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void columnsAndTablesAreDroppedOnlyByPlanWithDrop(TestDb which) {
        Database db = withV1AndRows(which);
        await(db.execute("CREATE TABLE kkmig_extra (id INTEGER PRIMARY KEY)"));
        MigrationPlan keep = await(new Migrator(db).plan(Author.class, PostV3.class));
        // without a hint, body → content is an add; body and kkmig_extra stay
        assertEquals(1, keep.changes().size(), keep::toString);
        await(keep.apply());
        assertEquals("y", await(db.fetchValue(String.class, "SELECT body FROM kkmig_post WHERE id = 2")));
        assertTrue(await(new Migrator(db).plan(Author.class, PostV3.class)).isEmpty());
        MigrationPlan drop = await(new Migrator(db).planWithDrop(Author.class, PostV3.class));
        assertEquals(2, drop.changes().size(), drop::toString);
        await(drop.apply());
        assertNotNull(await(new Migrator(db).readSchema()).table("kkmig_post"));
        assertNull(await(new Migrator(db).readSchema()).table("kkmig_extra"));
        assertNull(await(new Migrator(db).readSchema()).table("kkmig_post").column("body"));
        assertTrue(
                await(new Migrator(db).planWithDrop(Author.class, PostV3.class)).isEmpty());
    }
}
