package io.kakaorm.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kakaorm.samples.readme.rel.Album;
import io.kakaorm.samples.readme.rel.Band;
import io.kakaorm.samples.readme.rel.BulkExamples;
import io.kakaorm.samples.readme.rel.DeletionExamples;
import io.kakaorm.samples.readme.rel.Log;
import io.kakaorm.samples.readme.rel.RelationExamples;
import io.kakaorm.samples.readme.rel.Track;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.testing.TestDatabases;
import io.kakaorm.vertx.testing.TestDb;
import java.util.List;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Runs the README's relation, prefetch, bulk and deletion-strategy examples on every database. */
@ExtendWith(TestDatabases.class)
class RelationReadmeExamplesTest {

    private static Database music(TestDb which) {
        Database db = TestDatabases.open(which);
        db.createTable(Band.class).await();
        db.createTable(Album.class).await();
        db.createTable(Track.class).await();
        Band b = db.create(Band.class, x -> x.name = "Can").await();
        for (String t : List.of("The Lost Tapes", "Tago Mago")) {
            Album a = db.create(Album.class, x -> {
                        x.title = t;
                        x.bandId = b.id;
                    })
                    .await();
            for (int i = 1; i <= 3; i++) {
                int n = i;
                db.create(Track.class, x -> {
                            x.title = t + " " + n;
                            x.number = n;
                            x.single = n != 2;
                            x.albumId = a.id;
                        })
                        .await();
            }
        }
        return db;
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void relationAndPrefetchExamples(TestDb which) {
        Database db = music(which);
        RelationExamples.Results r = RelationExamples.run(db);
        assertEquals("Can", r.band().name);
        assertEquals(2, r.albums().size());
        assertEquals(1L, r.titled());
        assertTrue(r.prefetched().stream()
                .allMatch(a -> a.band.get().name.equals("Can") && a.tracks.get().size() == 3));
        assertTrue(
                r.nested().stream().allMatch(t -> t.album.get().band.get().name.equals("Can")));
        for (Album a : r.singles()) {
            assertEquals(
                    List.of(1, 3), a.tracks.get().stream().map(t -> t.number).toList());
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void bulkExamples(TestDb which) {
        Database db = music(which);
        long albumId = db.from(Album.class).first().await().id;
        BulkExamples.Results r = BulkExamples.run(db, albumId);
        assertEquals(1000, r.tracks().stream().map(t -> t.id).distinct().count());
        assertEquals(1000, r.updated());
        assertTrue(r.first().created());
        assertFalse(r.second().created());
        assertEquals(r.first().model().id, r.second().model().id);
        assertEquals(0L, r.tracksAfterTruncate());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void deletionStrategyExamples(TestDb which) {
        Database db = TestDatabases.open(which);
        DeletionExamples.Results r = DeletionExamples.run(db);
        assertEquals(List.of("draft"), r.live().stream().map(n -> n.text).toList());
        assertEquals(2, r.all().size());
        assertEquals(List.of("hello"), r.deleted().stream().map(n -> n.text).toList());
        assertEquals(1, r.purged());
        assertEquals(List.of("other"), r.logs().stream().map(l -> l.body).toList());
        assertEquals(2, r.logsAndArchive().size());
        assertEquals(List.of("event"), r.archived().stream().map(l -> l.body).toList());
        assertEquals(2L, db.from(Log.class).count().await());
    }
}
