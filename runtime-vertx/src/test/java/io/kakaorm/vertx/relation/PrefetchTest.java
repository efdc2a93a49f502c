package io.kakaorm.vertx.relation;

import static io.kakaorm.vertx.testing.TestDatabases.await;
import static io.kakaorm.vertx.testing.TestDatabases.awaitFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kakaorm.relation.LazyLoadGuard;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.testing.TestDatabases;
import io.kakaorm.vertx.testing.TestDb;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@ExtendWith(TestDatabases.class)
class PrefetchTest {

    /** Three countries (one unused), four writers (one without country), stories with remarks. */
    static Database filled(TestDb which) {
        Database db = RelationTest.blog(which);
        for (String c : List.of("JP", "FR", "DE")) {
            await(db.create(Country.class, x -> {
                x.code = c;
                x.name = "n" + c;
            }));
        }
        String[] countries = {"JP", "FR", null, "JP"};
        for (int w = 0; w < 4; w++) {
            int wi = w;
            Writer writer = await(db.create(Writer.class, x -> {
                x.name = "w" + wi;
                x.countryCode = countries[wi];
            }));
            for (int s = 0; s < wi + 1; s++) {
                int si = s;
                Story story = await(db.create(Story.class, x -> {
                    x.title = "s" + wi + si;
                    x.writerId = writer.id;
                }));
                for (int r = 0; r < si + wi % 3; r++) {
                    int ri = r;
                    await(db.create(Remark.class, x -> {
                        x.body = story.title + "-" + ri;
                        x.storyId = story.id;
                        x.published = ri % 2 == 0;
                        x.rank = (ri * 7) % 5;
                    }));
                }
            }
        }
        await(db.create(Story.class, x -> x.title = "orphan"));
        return db;
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void prefetchFillsEveryInstanceOfTheResult(TestDb which) {
        Database db = filled(which);
        Map<Long, String> writerNames =
                await(db.all(Writer.class)).stream().collect(Collectors.toMap(w -> w.id, w -> w.name));
        Map<Long, List<String>> remarksByStory = await(db.all(Remark.class)).stream()
                .collect(Collectors.groupingBy(r -> r.storyId, Collectors.mapping(r -> r.body, Collectors.toList())));

        List<Story> stories = await(
                db.from(Story.class).prefetch(s -> s.writer, s -> s.remarks).list());
        assertEquals(11, stories.size());
        for (Story s : stories) {
            assertEquals(writerNames.get(s.writerId), s.writer.get() == null ? null : s.writer.get().name);
            assertEquals(
                    sorted(remarksByStory.getOrDefault(s.id, List.of())),
                    sorted(s.remarks.get().stream().map(r -> r.body).toList()),
                    s.title);
        }
        Story orphan = stories.stream()
                .filter(s -> s.title.equals("orphan"))
                .findFirst()
                .orElseThrow();
        assertNull(orphan.writer.get());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void nestedPrefetchAndRefinedRelationQuery(TestDb which) {
        Database db = filled(which);
        List<Remark> all = await(db.all(Remark.class));
        List<Story> stories = await(db.from(Story.class)
                .prefetchWith(s -> s.writer, q -> q.prefetch(w -> w.country))
                .prefetchWith(
                        s -> s.remarks,
                        q -> q.where(r -> r.published).orderByDesc(r -> r.rank).orderBy(r -> r.id))
                .orderBy(s -> s.id)
                .list());
        for (Story s : stories) {
            Writer w = s.writer.get();
            if (w != null) {
                Country c = w.country.get();
                assertEquals(w.countryCode == null ? null : "n" + w.countryCode, c == null ? null : c.name);
            }
            List<Long> expected = all.stream()
                    .filter(r -> Objects.equals(r.storyId, s.id) && r.published)
                    .sorted(Comparator.comparingInt((Remark r) -> -r.rank).thenComparing(r -> r.id))
                    .map(r -> r.id)
                    .toList();
            assertEquals(expected, s.remarks.get().stream().map(r -> r.id).toList(), s.title);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void prefetchOnFirstGetAndInsideATransaction(TestDb which) {
        Database db = filled(which);
        Story first = await(
                db.from(Story.class).prefetch(s -> s.writer).orderBy(s -> s.id).first());
        assertEquals("w0", first.writer.get().name);
        Story got = await(db.from(Story.class)
                .where(s -> s.title.equals("s32"))
                .prefetch(s -> s.remarks)
                .get());
        assertEquals(2, got.remarks.get().size());
        assertNull(await(db.from(Story.class)
                .where(s -> s.title.equals("none"))
                .prefetch(s -> s.writer)
                .getOrNone()));

        List<Story> inTx = await(db.transaction(tx -> tx.create(Story.class, s -> s.title = "tx")
                .compose(s -> tx.from(Story.class)
                        .where(x -> x.title.equals("tx") || x.title.equals("s10"))
                        .prefetch(x -> x.writer, x -> x.remarks)
                        .orderBy(x -> x.id)
                        .list())));
        assertEquals(2, inTx.size());
        assertEquals("w1", inTx.get(0).writer.get().name);
        assertNull(inTx.get(1).writer.get());
        assertEquals(List.of(), inTx.get(1).remarks.get());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void prefetchWithLimitIsRefused(TestDb which) {
        Database db = filled(which);
        Throwable t = awaitFailure(db.from(Story.class)
                .prefetchWith(s -> s.remarks, q -> q.limit(2))
                .list());
        assertInstanceOf(IllegalArgumentException.class, t);
        assertTrue(t.getMessage().contains("Story.remarks") && t.getMessage().contains("limit"), t.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void lazyLoadsOfOneRelationAcrossAResultWarnOnce(TestDb which) {
        Database db = filled(which);
        List<LogRecord> records = new ArrayList<>();
        Handler h = new Handler() {
            @Override
            public void publish(LogRecord r) {
                records.add(r);
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Logger log = Logger.getLogger("io.kakaorm.relation");
        log.addHandler(h);
        int before = LazyLoadGuard.threshold();
        LazyLoadGuard.setThreshold(3);
        try {
            List<Story> stories = await(db.from(Story.class).list());
            for (Story s : stories) {
                await(s.writer.load());
            }
            assertEquals(1, records.size(), "one warning per result and relation");
            String m = records.get(0).getMessage();
            assertTrue(
                    m.contains("Story.writer")
                            && m.contains("PrefetchTest.java")
                            && m.contains("prefetch(x -> x.writer)"),
                    m);

            List<Story> few = await(db.from(Story.class).limit(3).list());
            for (Story s : few) {
                await(s.writer.load());
            }
            assertEquals(1, records.size(), "three lazy loads are within the threshold");
        } finally {
            LazyLoadGuard.setThreshold(before);
            log.removeHandler(h);
        }
    }

    private static List<String> sorted(List<String> l) {
        return l.stream().sorted().toList();
    }
}
