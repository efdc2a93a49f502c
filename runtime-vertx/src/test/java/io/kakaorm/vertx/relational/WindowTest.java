package io.kakaorm.vertx.relational;

import static io.kakaorm.Sql.avg;
import static io.kakaorm.Sql.count;
import static io.kakaorm.Sql.denseRank;
import static io.kakaorm.Sql.lag;
import static io.kakaorm.Sql.lead;
import static io.kakaorm.Sql.max;
import static io.kakaorm.Sql.min;
import static io.kakaorm.Sql.over;
import static io.kakaorm.Sql.rank;
import static io.kakaorm.Sql.rowNumber;
import static io.kakaorm.Sql.sum;
import static io.kakaorm.vertx.testing.TestDatabases.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kakaorm.QueryTranslationException;
import io.kakaorm.vertx.testing.TestDatabases;
import io.kakaorm.vertx.testing.TestDb;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Window functions in select on every database (SQLite and MariaDB included), compared with Java. */
@ExtendWith(TestDatabases.class)
class WindowTest {
    public record Numbered(long id, long rowNumber) {}

    public record Ranked(long id, int views, long rank, long denseRank) {}

    public record Neighbours(long id, int prev, int next, Integer prevOrNull) {}

    public record Totals(
            long id,
            long running,
            long perAuthor,
            Double avgPerAuthor,
            int minPerAuthor,
            int maxPerAuthor,
            long countSoFar) {}

    private static final Comparator<JPost> BY_VIEWS_DESC_ID =
            Comparator.comparingInt((JPost p) -> -p.views).thenComparing(p -> p.id);

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void rowNumber_perPartition(TestDb testDb) {
        JFixture f = JFixture.open(testDb);
        var q = f.db.from(JPost.class)
                .orderBy(p -> p.id)
                .select(p -> new Numbered(
                        p.id,
                        rowNumber(over().partitionBy(p.authorId)
                                .orderByDesc(p.views)
                                .orderBy(p.id))));
        List<Numbered> expected = new ArrayList<>();
        for (JPost p : f.posts) {
            List<JPost> part = f.posts.stream()
                    .filter(o -> Objects.equals(o.authorId, p.authorId))
                    .sorted(BY_VIEWS_DESC_ID)
                    .toList();
            expected.add(new Numbered(p.id, part.indexOf(p) + 1));
        }
        assertEquals(expected, await(q.list()));
        assertTrue(q.toSql().contains("ROW_NUMBER() OVER (PARTITION BY"), q.toSql());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void rankAndDenseRank_tiesShare(TestDb testDb) {
        JFixture f = JFixture.open(testDb);
        List<Ranked> actual = await(f.db.from(JPost.class)
                .orderBy(p -> p.id)
                .select(p -> new Ranked(
                        p.id, p.views, rank(over().orderByDesc(p.views)), denseRank(over().orderByDesc(p.views))))
                .list());
        List<Ranked> expected = new ArrayList<>();
        for (JPost p : f.posts) {
            long rank = 1 + f.posts.stream().filter(o -> o.views > p.views).count();
            long dense = 1
                    + f.posts.stream()
                            .filter(o -> o.views > p.views)
                            .map(o -> o.views)
                            .distinct()
                            .count();
            expected.add(new Ranked(p.id, p.views, rank, dense));
        }
        assertEquals(expected, actual);
        assertTrue(actual.stream().map(Ranked::rank).distinct().count() < actual.size(), "there are ties");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void lagAndLead_withOffsetAndDefault(TestDb testDb) {
        JFixture f = JFixture.open(testDb);
        int none = -1;
        var q = f.db.from(JPost.class)
                .orderBy(p -> p.id)
                .select(p -> new Neighbours(
                        p.id,
                        lag(p.views, 1, none, over().orderByDesc(p.views).orderBy(p.id)),
                        lead(p.views, 2, 0, over().orderByDesc(p.views).orderBy(p.id)),
                        lag(
                                p.views,
                                over().partitionBy(p.authorId)
                                        .orderByDesc(p.views)
                                        .orderBy(p.id))));
        assertTrue(q.toSql().contains("LAG(") && q.toSql().contains("LEAD("), q.toSql());
        List<Neighbours> actual = await(q.list());
        List<JPost> order = f.posts.stream().sorted(BY_VIEWS_DESC_ID).toList();
        List<Neighbours> expected = new ArrayList<>();
        for (JPost p : f.posts) {
            int i = order.indexOf(p);
            List<JPost> part = f.posts.stream()
                    .filter(o -> Objects.equals(o.authorId, p.authorId))
                    .sorted(BY_VIEWS_DESC_ID)
                    .toList();
            int j = part.indexOf(p);
            expected.add(new Neighbours(
                    p.id,
                    i >= 1 ? order.get(i - 1).views : none,
                    i + 2 < order.size() ? order.get(i + 2).views : 0,
                    j >= 1 ? part.get(j - 1).views : null));
        }
        assertEquals(expected, actual);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void aggregatesOverWindows_runningTotalsAndPartitions(TestDb testDb) {
        JFixture f = JFixture.open(testDb);
        List<Totals> actual = await(f.db.from(JPost.class)
                .orderBy(p -> p.id)
                .select(p -> new Totals(
                        p.id,
                        sum(p.views, over().orderBy(p.id)),
                        sum(p.views, over().partitionBy(p.authorId)),
                        avg(p.score, over().partitionBy(p.authorId)),
                        min(p.views, over().partitionBy(p.authorId)),
                        max(p.views, over().partitionBy(p.authorId)),
                        count(over().orderBy(p.views))))
                .list());
        List<Totals> expected = new ArrayList<>();
        for (JPost p : f.posts) {
            long running = f.posts.stream()
                    .filter(o -> o.id <= p.id)
                    .mapToLong(o -> o.views)
                    .sum();
            List<JPost> part = f.posts.stream()
                    .filter(o -> Objects.equals(o.authorId, p.authorId))
                    .toList();
            var scores = part.stream()
                    .filter(o -> o.score != null)
                    .mapToDouble(o -> o.score)
                    .toArray();
            Double avg =
                    scores.length == 0 ? null : Arrays.stream(scores).average().orElseThrow();
            long soFar = f.posts.stream().filter(o -> o.views <= p.views).count(); // ties are peers
            expected.add(new Totals(
                    p.id,
                    running,
                    part.stream().mapToLong(o -> o.views).sum(),
                    avg,
                    part.stream().mapToInt(o -> o.views).min().orElseThrow(),
                    part.stream().mapToInt(o -> o.views).max().orElseThrow(),
                    soFar));
        }
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            Totals e = expected.get(i);
            Totals a = actual.get(i);
            assertEquals(
                    new Totals(
                            e.id(),
                            e.running(),
                            e.perAuthor(),
                            null,
                            e.minPerAuthor(),
                            e.maxPerAuthor(),
                            e.countSoFar()),
                    new Totals(
                            a.id(),
                            a.running(),
                            a.perAuthor(),
                            null,
                            a.minPerAuthor(),
                            a.maxPerAuthor(),
                            a.countSoFar()));
            if (e.avgPerAuthor() == null) {
                assertEquals(null, a.avgPerAuthor());
            } else {
                assertEquals(e.avgPerAuthor(), a.avgPerAuthor(), 1e-9);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void windowInWhere_isRefusedWithTheLambdaLine(TestDb testDb) {
        JFixture f = JFixture.open(testDb);
        QueryTranslationException e = assertThrows(
                QueryTranslationException.class,
                () -> f.db.from(JPost.class).where(p -> rowNumber(over().orderBy(p.id)) == 1));
        assertTrue(e.getMessage().contains("WindowTest.java:") && e.getMessage().contains("select()"), e.getMessage());
        QueryTranslationException unordered = assertThrows(
                QueryTranslationException.class,
                () -> f.db.from(JPost.class).select(p -> rank(over().partitionBy(p.authorId))));
        assertTrue(unordered.getMessage().contains("orderBy"), unordered.getMessage());
    }
}
