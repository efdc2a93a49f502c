package io.kakaorm.vertx.relational;

import static io.kakaorm.vertx.testing.TestDatabases.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kakaorm.Cte;
import io.kakaorm.Exists;
import io.kakaorm.vertx.testing.TestDatabases;
import io.kakaorm.vertx.testing.TestDb;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** toUpdateSql / toDeleteSql / toInsertSql show a write's SQL without running it, on every database. */
@ExtendWith(TestDatabases.class)
class WriteToSqlTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void writesShowTheirSqlWithoutRunning(TestDb testDb) {
        JFixture f = JFixture.open(testDb);
        await(f.db.createTable(JArchive.class));
        int min = 100;
        var popular = f.db.from(JPost.class).where(p -> p.views >= min);
        long before = await(popular.count());
        assertEquals(5L, before);

        String update = popular.toUpdateSql(c -> c.setTo(p -> p.views, p -> p.views + 1));
        assertTrue(
                update.startsWith("UPDATE ")
                        && update.contains(" SET ")
                        && update.contains(" WHERE ")
                        && update.endsWith("[1, 100]"),
                update);
        String delete = popular.toDeleteSql();
        assertTrue(delete.startsWith("DELETE FROM ") && delete.contains(" WHERE ") && delete.endsWith("[100]"), delete);
        String insert = popular.toInsertSql(
                JArchive.class, c -> c.set(a -> a.postId, p -> p.id).set(a -> a.title, p -> p.title + "!"));
        assertTrue(
                insert.startsWith("INSERT INTO ") && insert.contains(" SELECT ") && insert.endsWith("[!, 100]"),
                insert);
        // nothing ran
        assertEquals(before, await(popular.count()));
        assertEquals(0L, await(f.db.from(JArchive.class).count()));
        assertEquals(f.posts.size(), await(f.db.from(JPost.class).count()).intValue());
        // what they show is what runs
        assertEquals(5, await(popular.update(c -> c.setTo(p -> p.views, p -> p.views + 1))));
        assertEquals(
                5,
                await(popular.insertInto(
                        JArchive.class, c -> c.set(a -> a.postId, p -> p.id).set(a -> a.title, p -> p.title + "!"))));
        // with an EXISTS subquery and a CTE-filtered condition, the SQL shows both
        Exists<JPost> commented = Exists.of(JPost.class, JComment.class, (p, c) -> c.postId.equals(p.id));
        String withExists =
                f.db.from(JPost.class).where(p -> !commented.test(p)).toDeleteSql();
        assertTrue(withExists.contains(" IN (SELECT "), withExists);
        Cte<JAuthor> young = Cte.with("young", f.db.from(JAuthor.class).where(a -> a.age != null && a.age < 30));
        String inCte = f.db.from(JPost.class)
                .whereIn(p -> p.authorId, young.query())
                .toUpdateSql(c -> c.set(p -> p.published, false));
        assertTrue(inCte.contains("WITH ") && inCte.contains("young"), inCte);
        assertEquals(
                1,
                await(f.db.from(JPost.class)
                        .whereIn(p -> p.authorId, young.query())
                        .update(c -> c.set(p -> p.published, false))),
                "Alf (19) has one post");
        assertEquals(
                3,
                await(f.db.from(JPost.class).where(p -> !commented.test(p)).delete()),
                "posts 2, 6, 8 have no comment");
    }
}
