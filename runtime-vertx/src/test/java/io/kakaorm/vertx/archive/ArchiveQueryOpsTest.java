package io.kakaorm.vertx.archive;

import static io.kakaorm.vertx.testing.TestDatabases.await;
import static io.kakaorm.vertx.testing.TestDatabases.awaitFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kakaorm.MultipleResultsException;
import io.kakaorm.Row;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.testing.TestDatabases;
import io.kakaorm.vertx.testing.TestDb;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code includeDeleted()} of an ArchiveModel reads the main and the archive table for every query
 * operation, not only list/count: first/get/exists, aggregates, ordering, limits, streams and prefetch.
 */
@ExtendWith(TestDatabases.class)
class ArchiveQueryOpsTest {

    /** Five entries (levels 0..4), of which e1 and e3 are archived. */
    private static Database entries(TestDb which) {
        Database db = ArchiveTest.entries(which);
        await(db.from(Entry.class).where(e -> e.level == 1 || e.level == 3).delete());
        assertEquals(3L, await(db.from(Entry.class).count()));
        return db;
    }

    private static List<String> bodies(List<Entry> l) {
        return l.stream().map(e -> e.body).toList();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void orderLimitOffsetFirstLastGetAndExists(TestDb which) {
        Database db = entries(which);
        assertEquals(
                List.of("e4", "e3", "e2", "e1", "e0"),
                bodies(await(db.from(Entry.class)
                        .includeDeleted()
                        .orderByDesc(e -> e.level)
                        .list())));
        assertEquals(
                List.of("e1", "e2"),
                bodies(await(db.from(Entry.class)
                        .includeDeleted()
                        .orderBy(e -> e.level)
                        .offset(1)
                        .limit(2)
                        .list())));
        assertEquals(
                "e1",
                await(db.from(Entry.class)
                                .includeDeleted()
                                .where(e -> e.level >= 1)
                                .orderBy(e -> e.level)
                                .first())
                        .body);
        assertEquals(
                "e3",
                await(db.from(Entry.class)
                                .includeDeleted()
                                .where(e -> e.level < 4)
                                .orderBy(e -> e.level)
                                .last())
                        .body);
        assertEquals(
                "e3",
                await(db.from(Entry.class)
                                .includeDeleted()
                                .where(e -> e.body.equals("e3"))
                                .get())
                        .body);
        assertEquals(
                null, await(db.from(Entry.class).where(e -> e.body.equals("e3")).getOrNone()), "main table only");
        assertInstanceOf(
                MultipleResultsException.class,
                awaitFailure(db.from(Entry.class)
                        .includeDeleted()
                        .where(e -> e.level >= 3)
                        .get()));
        assertTrue(await(
                db.from(Entry.class).includeDeleted().where(e -> e.level == 3).exists()));
        assertFalse(await(db.from(Entry.class).where(e -> e.level == 3).exists()));
        assertEquals(
                2L,
                await(db.from(Entry.class)
                        .includeDeleted()
                        .orderBy(e -> e.level)
                        .limit(2)
                        .count()));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void aggregatesProjectionsAndGrouping(TestDb which) {
        Database db = entries(which);
        assertEquals(10L, await(db.from(Entry.class).includeDeleted().sum(e -> e.level)));
        assertEquals(6L, await(db.from(Entry.class).sum(e -> e.level)));
        assertEquals(
                Integer.valueOf(4), await(db.from(Entry.class).includeDeleted().max(e -> e.level)));
        assertEquals(
                Integer.valueOf(0), await(db.from(Entry.class).includeDeleted().min(e -> e.level)));
        assertEquals(2.0, await(db.from(Entry.class).includeDeleted().avg(e -> e.level)), 1e-9);
        assertEquals(
                3L,
                await(db.from(Entry.class)
                        .includeDeleted()
                        .where(e -> e.level < 4)
                        .orderBy(e -> e.level)
                        .limit(3)
                        .sum(e -> e.level)),
                "an aggregate over limited rows");
        Row agg = await(db.from(Entry.class)
                .includeDeleted()
                .aggregate(a -> a.count("n").max("top", e -> e.level)));
        assertEquals(5L, ((Number) agg.get("n")).longValue());
        assertEquals(4, ((Number) agg.get("top")).intValue());
        assertEquals(
                List.of("e0", "e1", "e2", "e3", "e4"),
                await(db.from(Entry.class)
                        .includeDeleted()
                        .orderBy(e -> e.body)
                        .select(e -> e.body)
                        .list()));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void streams(TestDb which) {
        Database db = entries(which);
        List<String> streamed = await(db.from(Entry.class).includeDeleted().orderBy(e -> e.level).stream(2)
                .collect(Collectors.mapping(e -> e.body, Collectors.toList())));
        assertEquals(List.of("e0", "e1", "e2", "e3", "e4"), streamed);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void prefetchOnAndOfArchivedRows(TestDb which) {
        Database db = TestDatabases.open(which);
        await(db.createTable(Shelf.class));
        await(db.createTable(Volume.class));
        await(db.createArchiveTable(Volume.class));
        Shelf a = await(db.create(Shelf.class, s -> s.label = "A"));
        Shelf b = await(db.create(Shelf.class, s -> s.label = "B"));
        for (int i = 0; i < 4; i++) {
            int k = i;
            await(db.create(Volume.class, v -> {
                v.title = "v" + k;
                v.pages = k;
                v.shelfId = (k % 2 == 0 ? a : b).id;
            }));
        }
        await(db.from(Volume.class).where(v -> v.pages >= 2).delete());

        List<Volume> all = await(db.from(Volume.class)
                .includeDeleted()
                .orderBy(v -> v.pages)
                .prefetch(v -> v.shelf)
                .list());
        assertEquals(
                List.of("A", "B", "A", "B"),
                all.stream().map(v -> v.shelf.get().label).toList());

        List<Shelf> shelves = await(db.from(Shelf.class)
                .orderBy(s -> s.label)
                .prefetchWith(s -> s.volumes, q -> q.includeDeleted().orderByDesc(v -> v.pages))
                .list());
        assertEquals(
                List.of("v2", "v0"),
                shelves.get(0).volumes.get().stream().map(v -> v.title).toList());
        assertEquals(
                List.of("v3", "v1"),
                shelves.get(1).volumes.get().stream().map(v -> v.title).toList());
        List<Shelf> live = await(db.from(Shelf.class)
                .orderBy(s -> s.label)
                .prefetch(s -> s.volumes)
                .list());
        assertEquals(
                List.of("v0"),
                live.get(0).volumes.get().stream().map(v -> v.title).toList(),
                "archived rows excluded");
        assertEquals(
                List.of("v1", "v3"),
                await(b.volumes.query().includeDeleted().orderBy(v -> v.pages).list()).stream()
                        .map(v -> v.title)
                        .toList(),
                "a relation query");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void writesThroughTheUnionAreRefused(TestDb which) {
        Database db = entries(which);
        assertInstanceOf(
                UnsupportedOperationException.class,
                awaitFailure(db.from(Entry.class).includeDeleted().update(e -> e.level, 9)));
        assertInstanceOf(
                UnsupportedOperationException.class,
                awaitFailure(db.from(Entry.class).includeDeleted().delete()));
        assertEquals(5L, await(db.from(Entry.class).includeDeleted().count()));
    }
}
