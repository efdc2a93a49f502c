package io.kakaorm.vertx.relational;

import static io.kakaorm.vertx.testing.TestDatabases.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kakaorm.QueryTranslationException;
import io.kakaorm.Scalar;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.testing.TestDatabases;
import io.kakaorm.vertx.testing.TestDb;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Correlated scalar subqueries ({@link Scalar}) in select and where lambdas on every database, each compared
 * with the same computation over the fixture's objects in Java streams: an author without posts counts 0 and
 * has no max (null), NULL scores are skipped, posts without author (left join) have no related rows.
 */
@ExtendWith(TestDatabases.class)
class ScalarSubqueryTest {

    public record AuthorStats(String name, long posts, Integer maxViews, Double minScore, long views) {}

    public record AgeCount(Integer age, long posts) {}

    public record PostStats(String title, String author, long authorPosts, long siblings) {}

    private static Stream<JPost> postsOf(JFixture f, JAuthor a) {
        return f.posts.stream().filter(p -> Objects.equals(p.authorId, a.id));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void scalarSubquery_countMaxMinSumPerAuthor_asJavaStreams(TestDb testDb) {
        JFixture f = JFixture.open(testDb);
        Scalar<JAuthor, Long> postCount = Scalar.count(JAuthor.class, JPost.class, (a, p) -> p.authorId.equals(a.id));
        Scalar<JAuthor, Integer> maxViews =
                Scalar.max(JAuthor.class, JPost.class, (a, p) -> p.authorId.equals(a.id), p -> p.views);
        Scalar<JAuthor, Double> minScore =
                Scalar.min(JAuthor.class, JPost.class, (a, p) -> p.authorId.equals(a.id), p -> p.score);
        Scalar<JAuthor, Long> views =
                Scalar.sum(JAuthor.class, JPost.class, (a, p) -> p.authorId.equals(a.id), p -> p.views);
        var q = f.db.from(JAuthor.class)
                .orderBy(a -> a.name)
                .select(a -> new AuthorStats(a.name, postCount.of(a), maxViews.of(a), minScore.of(a), views.of(a)));
        List<AuthorStats> expected = f.authors.stream()
                .sorted(Comparator.comparing((JAuthor a) -> a.name))
                .map(a -> new AuthorStats(
                        a.name,
                        postsOf(f, a).count(),
                        postsOf(f, a).map(p -> p.views).max(Integer::compare).orElse(null),
                        postsOf(f, a)
                                .map(p -> p.score)
                                .filter(Objects::nonNull)
                                .min(Double::compare)
                                .orElse(null),
                        postsOf(f, a).mapToLong(p -> p.views).sum()))
                .toList();
        assertEquals(expected, await(q.list()));
        assertTrue(expected.stream().anyMatch(s -> s.posts() == 0 && s.maxViews() == null), "Zoe has no post");
        assertTrue(
                expected.stream().anyMatch(s -> s.name().equals("Bob") && s.minScore() == 5.0),
                "Bob's NULL score skipped");
        String sql = q.toSql();
        assertTrue(sql.contains("(SELECT COUNT(*) FROM ") && sql.contains(" WHERE ") && sql.contains("s1_0"), sql);

        // a captured value in the condition, and the scalar alone as the selected value
        int min = 100;
        Scalar<JAuthor, Long> popular =
                Scalar.count(JAuthor.class, JPost.class, (a, p) -> p.authorId.equals(a.id) && p.views >= min);
        assertEquals(
                f.authors.stream()
                        .sorted(Comparator.comparing((JAuthor a) -> a.name))
                        .map(a -> postsOf(f, a).filter(p -> p.views >= min).count())
                        .toList(),
                await(f.db.from(JAuthor.class)
                        .orderBy(a -> a.name)
                        .select(a -> popular.of(a))
                        .list()));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void scalarSubquery_inWhereAndOrderBy(TestDb testDb) {
        JFixture f = JFixture.open(testDb);
        Scalar<JAuthor, Long> postCount = Scalar.count(JAuthor.class, JPost.class, (a, p) -> p.authorId.equals(a.id));
        assertEquals(
                f.authors.stream()
                        .filter(a -> postsOf(f, a).count() >= 2)
                        .map(a -> a.name)
                        .sorted()
                        .toList(),
                await(f.db.from(JAuthor.class)
                                .where(a -> postCount.of(a) >= 2)
                                .orderBy(a -> a.name)
                                .list())
                        .stream()
                        .map(a -> a.name)
                        .toList());
        assertEquals(
                f.authors.stream()
                        .filter(a -> postsOf(f, a).count() == 0)
                        .map(a -> a.name)
                        .toList(),
                await(f.db.from(JAuthor.class).where(a -> postCount.of(a) == 0).list()).stream()
                        .map(a -> a.name)
                        .toList());
        assertEquals(
                f.authors.stream().filter(a -> postsOf(f, a).count() < 3).count(),
                await(f.db.from(JAuthor.class).where(a -> postCount.of(a) < 3).count()));
        // most posts first, ties by name
        assertEquals(
                f.authors.stream()
                        .sorted(Comparator.comparing(
                                        (JAuthor a) -> -postsOf(f, a).count())
                                .thenComparing(a -> a.name))
                        .map(a -> a.name)
                        .toList(),
                await(f.db.from(JAuthor.class)
                                .orderByDesc(a -> postCount.of(a))
                                .orderBy(a -> a.name)
                                .list())
                        .stream()
                        .map(a -> a.name)
                        .toList());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void scalarSubquery_overALeftJoinAndSelfReference(TestDb testDb) {
        JFixture f = JFixture.open(testDb);
        Scalar<JAuthor, Long> postCount = Scalar.count(JAuthor.class, JPost.class, (a, p) -> p.authorId.equals(a.id));
        // the other posts of the same author (a post without author has none)
        Scalar<JPost, Long> siblings = Scalar.count(
                JPost.class,
                JPost.class,
                (p, o) -> o.authorId != null && o.authorId.equals(p.authorId) && !o.id.equals(p.id));
        var q = f.db.from(JPost.class)
                .leftJoin(JAuthor.class, (p, a) -> p.authorId.equals(a.id))
                .orderBy((p, a) -> p.title)
                .select((p, a) -> new PostStats(p.title, a == null ? null : a.name, postCount.of(a), siblings.of(p)));
        List<PostStats> expected = f.posts.stream()
                .sorted(Comparator.comparing((JPost p) -> p.title))
                .map(p -> {
                    JAuthor a = f.author(p.authorId);
                    long sib = f.posts.stream()
                            .filter(o -> o.authorId != null && o.authorId.equals(p.authorId) && !o.id.equals(p.id))
                            .count();
                    return new PostStats(
                            p.title,
                            a == null ? null : a.name,
                            a == null ? 0 : postsOf(f, a).count(),
                            sib);
                })
                .toList();
        assertEquals(expected, await(q.list()));
        assertTrue(expected.stream().anyMatch(s -> s.author() == null && s.authorPosts() == 0), "orphan posts");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void scalarSubquery_inUpdateAndDelete(TestDb testDb) {
        JFixture f = JFixture.open(testDb);
        Scalar<JAuthor, Long> postCount = Scalar.count(JAuthor.class, JPost.class, (a, p) -> p.authorId.equals(a.id));
        // every author's age becomes its post count (a value computed per row from the related rows)
        int updated =
                await(f.db.from(JAuthor.class).update(c -> c.setTo(a -> a.age, a -> (int) (long) postCount.of(a))));
        assertEquals(f.authors.size(), updated);
        assertEquals(
                f.authors.stream()
                        .sorted(Comparator.comparing((JAuthor a) -> a.name))
                        .map(a -> a.name + "=" + postsOf(f, a).count())
                        .toList(),
                await(f.db.from(JAuthor.class).orderBy(a -> a.name).list()).stream()
                        .map(a -> a.name + "=" + a.age)
                        .toList());
        // authors without posts deleted
        assertEquals(
                1,
                await(f.db.from(JAuthor.class).where(a -> postCount.of(a) == 0).delete()));
        assertEquals(
                List.of("Alf", "Ann", "Bob"),
                await(f.db.from(JAuthor.class).orderBy(a -> a.name).list()).stream()
                        .map(a -> a.name)
                        .toList());
    }

    @Test
    void scalarSubquery_misuseIsRefused() {
        Scalar<JAuthor, Long> postCount = Scalar.count(JAuthor.class, JPost.class, (a, p) -> p.authorId.equals(a.id));
        assertThrows(UnsupportedOperationException.class, () -> postCount.of(new JAuthor()));
        // a grouped query has no single row to correlate with: refused with the lambda's line
        Database db = TestDatabases.open(TestDb.SQLITE);
        QueryTranslationException g = assertThrows(
                QueryTranslationException.class,
                () -> db.from(JAuthor.class).groupBy(a -> a.age).select(a -> new AgeCount(a.age, postCount.of(a))));
        assertTrue(
                g.getMessage().contains("ScalarSubqueryTest.java:")
                        && g.getMessage().contains("JAuthor.id"),
                g.getMessage());
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> Scalar.max(JAuthor.class, JPost.class, (a, p) -> p.authorId.equals(a.id), p -> p.title.length()));
        assertTrue(
                e.getMessage().contains("Scalar.max") && e.getMessage().contains("ScalarSubqueryTest.java:"),
                e.getMessage());
    }
}
