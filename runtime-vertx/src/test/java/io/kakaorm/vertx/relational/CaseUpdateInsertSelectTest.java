package io.kakaorm.vertx.relational;

import static io.kakaorm.vertx.testing.TestDatabases.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kakaorm.vertx.testing.TestDatabases;
import io.kakaorm.vertx.testing.TestDb;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Ternaries as CASE in select and update, update expressions, and INSERT … SELECT, on every database. */
@ExtendWith(TestDatabases.class)
class CaseUpdateInsertSelectTest {
    public record Tiered(long id, String tier, double bonus, boolean popular) {}

    private static String tier(int views) {
        return views >= 500 ? "premium" : views >= 50 ? "standard" : "budget";
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void caseWhen_nestedTernariesInSelect(TestDb testDb) {
        JFixture f = JFixture.open(testDb);
        var q = f.db.from(JPost.class)
                .orderBy(p -> p.id)
                .select(p -> new Tiered(
                        p.id,
                        p.views >= 500 ? "premium" : p.views >= 50 ? "standard" : "budget",
                        p.score == null ? -1.0 : p.score > 4.0 ? p.score * 2 : p.score,
                        p.published ? p.views > 100 : p.views > 5));
        List<Tiered> expected = f.posts.stream()
                .map(p -> new Tiered(
                        p.id,
                        tier(p.views),
                        p.score == null ? -1.0 : p.score > 4.0 ? p.score * 2 : p.score,
                        p.published ? p.views > 100 : p.views > 5))
                .toList();
        assertEquals(expected, await(q.list()));
        assertTrue(q.toSql().contains("CASE WHEN"), q.toSql());
        assertEquals(3, expected.stream().map(Tiered::tier).distinct().count(), "every branch is taken");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void updateExpressions_arithmeticConcatAndCase(TestDb testDb) {
        JFixture f = JFixture.open(testDb);
        int changed = await(f.db.from(JPost.class)
                .where(p -> p.published)
                .update(c -> c.setTo(p -> p.views, p -> p.views * 3 / 2 + 1)
                        .setTo(p -> p.title, p -> p.title + "!")
                        .setTo(p -> p.score, p -> p.score == null ? 0.5 : p.score * 0.97)));
        long published = f.posts.stream().filter(p -> p.published).count();
        assertEquals(published, changed);
        Map<Long, JPost> after =
                await(f.db.from(JPost.class).list()).stream().collect(Collectors.toMap(p -> p.id, Function.identity()));
        for (JPost before : f.posts) {
            JPost now = after.get(before.id);
            if (before.published) {
                assertEquals(before.views * 3 / 2 + 1, now.views, "integer division as Java: " + before);
                assertEquals(before.title + "!", now.title);
                assertEquals(before.score == null ? 0.5 : before.score * 0.97, now.score, 1e-9);
            } else {
                assertEquals(before.views, now.views);
                assertEquals(before.title, now.title);
                assertEquals(before.score, now.score);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void updateExpressions_allReadTheRowBeforeTheUpdate(TestDb testDb) {
        JFixture f = JFixture.open(testDb);
        await(f.db.from(JPost.class)
                .update(c -> c.setTo(p -> p.views, p -> p.views + 1)
                        .setTo(p -> p.score, p -> p.views == 100 ? 9.0 : 1.0)
                        .setTo(p -> p.title, p -> p.title + p.views)));
        Map<Long, JPost> after =
                await(f.db.from(JPost.class).list()).stream().collect(Collectors.toMap(p -> p.id, Function.identity()));
        for (JPost before : f.posts) {
            JPost now = after.get(before.id);
            assertEquals(before.views + 1, now.views);
            assertEquals(before.views == 100 ? 9.0 : 1.0, now.score, 1e-9, "reads the old views: " + before);
            assertEquals(before.title + before.views, now.title);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void insertSelect_copiesRowsWithComputedColumns(TestDb testDb) {
        JFixture f = JFixture.open(testDb);
        await(f.db.createTable(JArchive.class));
        int inserted = await(f.db.from(JPost.class)
                .where(p -> p.views >= 7)
                .insertInto(
                        JArchive.class,
                        c -> c.set(a -> a.postId, p -> p.id)
                                .set(a -> a.title, p -> p.title + "!")
                                .set(a -> a.views, p -> p.views * 2)
                                .set(
                                        a -> a.tier,
                                        p -> p.views >= 500 ? "premium" : p.views >= 50 ? "standard" : "budget")));
        List<JPost> source = f.posts.stream()
                .filter(p -> p.views >= 7)
                .sorted(Comparator.comparing(p -> p.id))
                .toList();
        assertEquals(source.size(), inserted);
        List<JArchive> rows =
                await(f.db.from(JArchive.class).orderBy(a -> a.postId).list());
        assertEquals(
                source.stream()
                        .map(p -> p.id + "/" + p.title + "!" + "/" + p.views * 2 + "/" + tier(p.views))
                        .toList(),
                rows.stream()
                        .map(a -> a.postId + "/" + a.title + "/" + a.views + "/" + a.tier)
                        .toList());
    }
}
