package io.kakaorm.vertx.relational;

import static io.kakaorm.Sql.avg;
import static io.kakaorm.Sql.count;
import static io.kakaorm.Sql.countDistinct;
import static io.kakaorm.Sql.max;
import static io.kakaorm.Sql.min;
import static io.kakaorm.Sql.sum;
import static io.kakaorm.vertx.testing.TestDatabases.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kakaorm.QueryTranslationException;
import io.kakaorm.Row;
import io.kakaorm.vertx.testing.TestDatabases;
import io.kakaorm.vertx.testing.TestDb;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** groupBy / having / aggregates / distinct on every database, compared with Java streams. */
@ExtendWith(TestDatabases.class)
class GroupTest {
    public record Stats(Long authorId, long posts, long views, Double avgScore, int minViews, String maxTitle) {}

    public record AuthorPosts(String name, long posts, long commentedPosts) {}

    public record KeyCount(Long authorId, long n) {}

    private static Map<Long, List<JPost>> byAuthor(JFixture f) {
        Map<Long, List<JPost>> m = new LinkedHashMap<>();
        for (JPost p : f.posts) {
            m.computeIfAbsent(p.authorId, k -> new ArrayList<>()).add(p);
        }
        return m;
    }

    private static Stats javaStats(Long key, List<JPost> ps) {
        var scores = ps.stream()
                .filter(p -> p.score != null)
                .mapToDouble(p -> p.score)
                .toArray();
        Double avg = scores.length == 0 ? null : Arrays.stream(scores).average().orElseThrow();
        return new Stats(
                key,
                ps.size(),
                ps.stream().mapToLong(p -> p.views).sum(),
                avg,
                ps.stream().mapToInt(p -> p.views).min().orElseThrow(),
                ps.stream().map(p -> p.title).max(Comparator.naturalOrder()).orElseThrow());
    }

    private static void assertSameStats(List<Stats> expected, List<Stats> actual) {
        assertEquals(expected.size(), actual.size(), "groups: " + actual);
        for (int i = 0; i < expected.size(); i++) {
            Stats e = expected.get(i);
            Stats a = actual.get(i);
            assertEquals(
                    new Stats(e.authorId(), e.posts(), e.views(), null, e.minViews(), e.maxTitle()),
                    new Stats(a.authorId(), a.posts(), a.views(), null, a.minViews(), a.maxTitle()));
            if (e.avgScore() == null) {
                assertEquals(null, a.avgScore());
            } else {
                assertEquals(e.avgScore(), a.avgScore(), 1e-9);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void groupBy_aggregatesIntoRecords_includingTheNullKeyGroup(TestDb testDb) {
        JFixture f = JFixture.open(testDb);
        var grouped = f.db.from(JPost.class).groupBy(p -> p.authorId);
        List<Stats> actual = await(grouped.orderBy(p -> p.authorId)
                .select(p -> new Stats(p.authorId, count(), sum(p.views), avg(p.score), min(p.views), max(p.title)))
                .list());
        List<Stats> expected = byAuthor(f).entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.nullsFirst(Comparator.naturalOrder())))
                .map(e -> javaStats(e.getKey(), e.getValue()))
                .toList();
        assertSameStats(expected, actual);
        assertEquals(byAuthor(f).size(), await(grouped.count()));
        assertTrue(await(grouped.exists()));
        String sql = grouped.select(p -> new KeyCount(p.authorId, count())).toSql();
        assertTrue(sql.contains("GROUP BY"), sql);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void having_chainedAnds_orderByAggregate_limit(TestDb testDb) {
        JFixture f = JFixture.open(testDb);
        var q = f.db.from(JPost.class)
                .where(p -> p.views > 0)
                .groupBy(p -> p.authorId)
                .having(p -> count() >= 2)
                .having(p -> sum(p.views) >= 200);
        Map<Long, List<JPost>> groups = new LinkedHashMap<>();
        for (JPost p : f.posts) {
            if (p.views > 0) {
                groups.computeIfAbsent(p.authorId, k -> new ArrayList<>()).add(p);
            }
        }
        List<KeyCount> expected = groups.entrySet().stream()
                .filter(e -> e.getValue().size() >= 2
                        && e.getValue().stream().mapToLong(p -> p.views).sum() >= 200)
                .map(e -> new KeyCount(e.getKey(), e.getValue().size()))
                .sorted(Comparator.comparingLong((KeyCount k) -> -k.n())
                        .thenComparing(KeyCount::authorId, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
        List<KeyCount> actual = await(q.orderByDesc(p -> count())
                .orderBy(p -> p.authorId)
                .select(p -> new KeyCount(p.authorId, count()))
                .list());
        assertEquals(expected, actual);
        assertTrue(expected.size() >= 2, "the case keeps some groups and drops others: " + expected);
        assertTrue(expected.size() < groups.size());
        assertEquals(expected.size(), await(q.count()));
        List<KeyCount> top = await(q.orderByDesc(p -> count())
                .orderBy(p -> p.authorId)
                .limit(1)
                .select(p -> new KeyCount(p.authorId, count()))
                .list());
        assertEquals(expected.subList(0, 1), top);
        assertEquals(1L, await(q.orderByDesc(p -> count()).limit(1).count()));
        assertFalse(await(q.having(p -> count() > 100).exists()));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void groupByOverLeftJoin_postsPerAuthor_emptyGroupsCountZero(TestDb testDb) {
        JFixture f = JFixture.open(testDb);
        List<AuthorPosts> actual = await(f.db.from(JAuthor.class)
                .leftJoin(JPost.class, (a, p) -> p.authorId.equals(a.id))
                .leftJoin(JComment.class, (a, p, c) -> c.postId.equals(p.id))
                .groupBy((a, p, c) -> a.id, (a, p, c) -> a.name)
                .orderByDesc((a, p, c) -> countDistinct(p.id))
                .orderBy((a, p, c) -> a.name)
                .select((a, p, c) -> new AuthorPosts(a.name, countDistinct(p.id), countDistinct(c.postId)))
                .list());
        List<AuthorPosts> expected = new ArrayList<>();
        for (JAuthor a : f.authors) {
            List<JPost> ps = f.posts.stream()
                    .filter(p -> Objects.equals(p.authorId, a.id))
                    .toList();
            long commented = ps.stream()
                    .filter(p -> f.comments.stream().anyMatch(c -> c.postId.equals(p.id)))
                    .count();
            expected.add(new AuthorPosts(a.name, ps.size(), commented));
        }
        expected.sort(Comparator.comparingLong((AuthorPosts x) -> -x.posts()).thenComparing(AuthorPosts::name));
        assertEquals(expected, actual);
        assertTrue(actual.stream().anyMatch(x -> x.posts() == 0), "an author without posts counts 0");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void groupByJoinedKey_rowsAndCountOfGroups(TestDb testDb) {
        JFixture f = JFixture.open(testDb);
        var q = f.db.from(JPost.class)
                .join(JAuthor.class, (p, a) -> p.authorId.equals(a.id))
                .groupBy((p, a) -> a.name)
                .having((p, a) -> max(p.views) > 10);
        List<Row> rows = await(q.orderBy((p, a) -> a.name)
                .selectRows((p, a) -> a.name, (p, a) -> sum(p.views))
                .list());
        Map<String, Long> expected = new TreeMap<>();
        Map<String, Integer> maxViews = new TreeMap<>();
        for (JPost p : f.posts) {
            JAuthor a = f.author(p.authorId);
            if (a != null) {
                expected.merge(a.name, (long) p.views, Long::sum);
                maxViews.merge(a.name, p.views, Math::max);
            }
        }
        expected.keySet().removeIf(k -> maxViews.get(k) <= 10);
        Map<String, Long> got = new TreeMap<>();
        for (Row r : rows) {
            got.put((String) r.get("name"), ((Number) r.get("expr1")).longValue());
        }
        assertEquals(expected, got);
        assertEquals(expected.size(), await(q.count()));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void distinct_listAndCount(TestDb testDb) {
        JFixture f = JFixture.open(testDb);
        var q = f.db.from(JPost.class).select(p -> p.views).distinct();
        List<Integer> expected =
                f.posts.stream().map(p -> p.views).distinct().sorted().toList();
        assertEquals(expected, await(q.orderBy(p -> p.views).list()));
        assertEquals(expected.size(), await(q.count()));
        assertTrue(expected.size() < f.posts.size(), "some views repeat");
        var names = f.db.from(JPost.class)
                .join(JAuthor.class, (p, a) -> p.authorId.equals(a.id))
                .select((p, a) -> a.name)
                .distinct();
        List<String> javaNames = f.posts.stream()
                .map(p -> f.author(p.authorId))
                .filter(Objects::nonNull)
                .map(a -> a.name)
                .distinct()
                .sorted()
                .toList();
        assertEquals(javaNames, await(names.list()).stream().sorted().toList());
        assertEquals(javaNames.size(), await(names.count()));
        assertEquals(2L, await(q.orderBy(p -> p.views).limit(2).count()));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void refusals_nameTheLambdaLine(TestDb testDb) {
        JFixture f = JFixture.open(testDb);
        QueryTranslationException ungrouped = assertThrows(
                QueryTranslationException.class,
                () -> f.db.from(JPost.class).groupBy(p -> p.authorId).select(p -> new KeyCount(p.id, count())));
        assertTrue(
                ungrouped.getMessage().contains("GroupTest.java:")
                        && ungrouped.getMessage().contains("JPost.id"),
                ungrouped.getMessage());
        QueryTranslationException inWhere = assertThrows(
                QueryTranslationException.class, () -> f.db.from(JPost.class).where(p -> count() > 1));
        assertTrue(
                inWhere.getMessage().contains("GroupTest.java:")
                        && inWhere.getMessage().contains("having"),
                inWhere.getMessage());
        Map<Long, Long> counts = f.posts.stream()
                .filter(p -> p.authorId != null)
                .collect(Collectors.groupingBy(p -> p.authorId, Collectors.counting()));
        assertEquals(
                counts.size(),
                await(f.db.from(JPost.class)
                        .where(p -> p.authorId != null)
                        .groupBy(p -> p.authorId)
                        .count()));
    }
}
