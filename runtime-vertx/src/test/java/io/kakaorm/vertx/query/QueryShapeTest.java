package io.kakaorm.vertx.query;

import static io.kakaorm.vertx.testing.TestDatabases.await;
import static io.kakaorm.vertx.testing.TestDatabases.awaitFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kakaorm.MultipleResultsException;
import io.kakaorm.NotFoundException;
import io.kakaorm.Row;
import io.kakaorm.vertx.testing.TestDatabases;
import io.kakaorm.vertx.testing.TestDb;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Ordering, pagination, projections and single-result methods on every database. */
@ExtendWith(TestDatabases.class)
class QueryShapeTest {
    record TitleViews(String title, int views) {}

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void orderByKeysLimitAndOffset(TestDb testDb) {
        Fixture f = Fixture.open(testDb);
        assertEquals(
                List.of(5L, 8L, 3L),
                Fixture.ids(await(f.posts()
                        .where(p -> p.published)
                        .orderByDesc(p -> p.views)
                        .limit(3)
                        .list())));
        assertEquals(
                List.of(8L, 3L),
                Fixture.ids(await(f.posts()
                        .where(p -> p.published)
                        .orderByDesc(p -> p.views)
                        .limit(2)
                        .offset(1)
                        .list())));
        // offset without limit is valid SQL everywhere
        assertEquals(
                List.of(3L, 1L, 6L),
                Fixture.ids(await(f.posts()
                        .where(p -> p.published)
                        .orderByDesc(p -> p.views)
                        .offset(2)
                        .list())));
        // several keys: published first (false < true), then views descending
        assertEquals(
                List.of(7L, 2L, 4L, 5L, 8L, 3L, 1L, 6L),
                Fixture.ids(await(f.posts()
                        .orderBy(p -> p.published)
                        .orderByDesc(p -> p.views)
                        .list())));
        assertEquals(
                List.of(4L, 2L, 7L, 6L, 1L),
                Fixture.ids(await(
                        f.posts().orderBy(p -> p.views, p -> p.id).limit(5).list())));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void selectIntoRecordColumnAndRows(TestDb testDb) {
        Fixture f = Fixture.open(testDb);
        List<TitleViews> tv = await(f.posts()
                .where(p -> p.views >= 300)
                .orderBy(p -> p.views)
                .select(p -> new TitleViews(p.title, p.views))
                .list());
        assertEquals(List.of(new TitleViews("Kotlin", 300), new TitleViews("Vert.x Guide", 1000)), tv);

        List<String> titles = await(f.posts()
                .where(p -> p.views >= 300)
                .orderBy(p -> p.views)
                .select(p -> p.title)
                .list());
        assertEquals(List.of("Kotlin", "Vert.x Guide"), titles);
        List<Double> scores = await(f.posts()
                .where(p -> p.id <= 2)
                .orderBy(p -> p.id)
                .select(p -> p.score)
                .list());
        assertEquals(Arrays.asList(4.0, null), scores);

        List<Row> rows = await(f.posts()
                .where(p -> p.id == 1L)
                .selectRows(p -> p.title, p -> p.views, p -> p.published)
                .list());
        assertEquals(List.of(Map.of("title", "Java Basics", "views", 100, "published", true)), rows);
        assertEquals(
                List.of("title", "views", "published"), List.copyOf(rows.get(0).keySet()));

        List<Row> more = await(f.posts()
                .where(p -> p.id == 1L)
                .selectRows(p -> p.id, p -> p.title)
                .alsoSelect(p -> p.views, p -> p.authorId)
                .list());
        assertEquals(
                List.of("id", "title", "views", "author_id"),
                List.copyOf(more.get(0).keySet()));
        assertEquals(1L, more.get(0).getLong("author_id"));

        Row all = await(
                f.posts().where(p -> p.id == 6L).alsoSelect(p -> p.views * 2).first());
        assertEquals(80L, all.getLong("expr7"));
        assertNull(all.get("author_id"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void firstAndLast(TestDb testDb) {
        Fixture f = Fixture.open(testDb);
        assertEquals(1L, await(f.posts().first()).id);
        assertEquals(8L, await(f.posts().last()).id);
        assertEquals(5L, await(f.posts().orderByDesc(p -> p.views).first()).id);
        assertEquals(4L, await(f.posts().orderByDesc(p -> p.views).last()).id);
        assertEquals(
                6L,
                await(f.posts().where(p -> p.published).orderBy(p -> p.views).first()).id);
        assertEquals(
                "Vert.x Guide",
                await(f.posts().orderBy(p -> p.views).select(p -> p.title).last()));
        assertNull(await(f.posts().where(p -> p.views > 5000).first()));
        assertNull(await(f.posts().where(p -> p.views > 5000).last()));
        assertEquals(3L, await(f.posts().orderByDesc(p -> p.views).limit(3).last()).id);
        assertTrue(await(f.posts().first()).isPersisted());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void getAndGetOrNone(TestDb testDb) {
        Fixture f = Fixture.open(testDb);
        assertEquals(
                "Kotlin", await(f.posts().where(p -> p.title.equals("Kotlin")).get()).title);
        Throwable none = awaitFailure(f.posts().where(p -> p.views > 5000).get());
        assertInstanceOf(NotFoundException.class, none);
        assertTrue(none.getMessage().contains("QPost"), none.getMessage());
        assertTrue(none.getMessage().contains("QueryShapeTest.java"), none.getMessage());
        assertTrue(none.getMessage().contains("q_post"), none.getMessage());
        Throwable many = awaitFailure(f.posts().where(p -> p.published).get());
        assertInstanceOf(MultipleResultsException.class, many);
        assertTrue(many.getMessage().contains("QueryShapeTest.java"), many.getMessage());
        assertNull(await(f.posts().where(p -> p.views > 5000).getOrNone()));
        assertEquals(5L, await(f.posts().where(p -> p.views == 1000).getOrNone()).id);
        assertInstanceOf(MultipleResultsException.class, awaitFailure(f.posts().getOrNone()));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void queriesAreImmutable(TestDb testDb) {
        Fixture f = Fixture.open(testDb);
        var base = f.posts().where(p -> p.published);
        var top = base.orderByDesc(p -> p.views).limit(1);
        assertEquals(5, await(base.list()).size());
        assertEquals(1, await(top.list()).size());
        assertFalse(await(base.where(p -> p.views > 5000).exists()));
        assertEquals(5L, await(base.count()));
    }
}
