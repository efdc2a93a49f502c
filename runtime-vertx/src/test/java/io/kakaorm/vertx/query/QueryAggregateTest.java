package io.kakaorm.vertx.query;

import static io.kakaorm.vertx.testing.TestDatabases.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kakaorm.Row;
import io.kakaorm.vertx.testing.TestDatabases;
import io.kakaorm.vertx.testing.TestDb;
import java.util.List;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** count, exists, the quick aggregates and aggregate() on every database. */
@ExtendWith(TestDatabases.class)
class QueryAggregateTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void countAndExists(TestDb testDb) {
        Fixture f = Fixture.open(testDb);
        assertEquals(8L, await(f.posts().count()));
        assertEquals(5L, await(f.posts().where(p -> p.published).count()));
        assertEquals(
                2L,
                await(f.posts()
                        .where(p -> p.published)
                        .orderBy(p -> p.views)
                        .limit(2)
                        .count()));
        assertEquals(3L, await(f.posts().where(p -> p.published).offset(2).count()));
        assertTrue(await(f.posts().where(p -> !p.published).exists()));
        assertFalse(await(f.posts().where(p -> p.views > 5000).exists()));
        assertTrue(await(f.posts().where(p -> p.title.contains("Python")).exists()));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void aggregatesOverLimitedQueries_coverTheLimitedRows(TestDb testDb) {
        Fixture f = Fixture.open(testDb);
        var window = f.posts()
                .where(p -> p.views >= 0)
                .orderByDesc(p -> p.views)
                .orderBy(p -> p.id)
                .limit(3)
                .offset(1);
        List<QPost> rows = await(window.list());
        assertEquals(3, rows.size());
        long javaSum = rows.stream().mapToLong(p -> p.views).sum();
        int javaMax = rows.stream().mapToInt(p -> p.views).max().orElseThrow();
        int javaMin = rows.stream().mapToInt(p -> p.views).min().orElseThrow();
        assertEquals(javaSum, await(window.sum(p -> p.views)));
        Integer max = await(window.max(p -> p.views));
        Integer min = await(window.min(p -> p.views));
        assertEquals(javaMax, max);
        assertEquals(javaMin, min);
        assertEquals(javaSum / 3.0, await(window.avg(p -> p.views)), 1e-9);
        Row stats = await(
                window.aggregate(a -> a.sum("total", p -> p.views).count("n").min("low", p -> p.views)));
        assertEquals(javaSum, stats.getLong("total"));
        assertEquals(3L, stats.getLong("n"));
        assertEquals((long) javaMin, stats.getLong("low"));
        // without the window the same aggregate covers every row, so the test could tell them apart
        assertTrue(await(f.posts().where(p -> p.views >= 0).sum(p -> p.views)) > javaSum);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void quickAggregatesAreTyped(TestDb testDb) {
        Fixture f = Fixture.open(testDb);
        Long total = await(f.posts().sum(p -> p.views));
        assertEquals(1702L, total);
        Double avg = await(f.posts().avg(p -> p.score));
        assertEquals(20.5 / 6, avg, 1e-9);
        Integer hi = await(f.posts().max(p -> p.views));
        assertEquals(1000, hi);
        Double lo = await(f.posts().min(p -> p.score));
        assertEquals(1.0, lo);
        String firstTitle = await(f.posts().min(p -> p.title));
        assertEquals("Async IO", firstTitle);
        assertEquals(17.0, await(f.posts().where(p -> p.published).sumDouble(p -> p.score)), 1e-9);
        assertEquals(1690L, await(f.posts().where(p -> p.published).sum(p -> p.views)));
        assertNull(await(f.posts().where(p -> p.views > 5000).sum(p -> p.views)));
        assertNull(await(f.posts().where(p -> p.views > 5000).max(p -> p.views)));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void aggregateManyInOneRow(TestDb testDb) {
        Fixture f = Fixture.open(testDb);
        Row stats = await(f.posts()
                .aggregate(a -> a.sum("total_views", p -> p.views)
                        .avg("avg_score", p -> p.score)
                        .max("max_views", p -> p.views)
                        .count("post_count", p -> p.id)));
        assertEquals(List.of("total_views", "avg_score", "max_views", "post_count"), List.copyOf(stats.keySet()));
        assertEquals(1702L, stats.get("total_views"));
        assertEquals(20.5 / 6, stats.getDouble("avg_score"), 1e-9);
        assertEquals(1000, stats.get("max_views"));
        assertEquals(8L, stats.get("post_count"));
        assertInstanceOf(Long.class, stats.get("total_views"));

        Row published = await(f.posts()
                .where(p -> p.published)
                .aggregate(a -> a.sum("published_views", p -> p.views).count("published_count")));
        assertEquals(1690L, published.getLong("published_views"));
        assertEquals(5L, published.getLong("published_count"));
        Row scored = await(f.posts().aggregate(a -> a.count("scored", p -> p.score)));
        assertEquals(6L, scored.getLong("scored"));
    }
}
