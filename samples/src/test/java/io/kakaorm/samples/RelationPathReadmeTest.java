package io.kakaorm.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kakaorm.MissingRelatedRowException;
import io.kakaorm.samples.readme.rel.Album;
import io.kakaorm.samples.readme.rel.Band;
import io.kakaorm.samples.readme.rel.RelationPathExamples;
import io.kakaorm.samples.readme.rel.Track;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.testing.TestDatabases;
import io.kakaorm.vertx.testing.TestDb;
import java.util.List;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Runs the README's relation-path examples on every database: an album without band is never selected. */
@ExtendWith(TestDatabases.class)
class RelationPathReadmeTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void relationPathExamples(TestDb which) {
        Database db = TestDatabases.open(which);
        db.createTable(Band.class).await();
        db.createTable(Album.class).await();
        db.createTable(Track.class).await();
        Band can = db.create(Band.class, x -> x.name = "Can").await();
        Band neu = db.create(Band.class, x -> x.name = "Neu!").await();
        Album tago = db.create(Album.class, x -> {
                    x.title = "Tago Mago";
                    x.bandId = can.id;
                })
                .await();
        Album neu75 = db.create(Album.class, x -> {
                    x.title = "Neu! 75";
                    x.bandId = neu.id;
                })
                .await();
        Album loose = db.create(Album.class, x -> x.title = "Loose").await(); // no band
        Object[][] tracks = {{"Oh Yeah", tago}, {"Isi", neu75}, {"Halo", tago}, {"Stray", loose}};
        for (Object[] t : tracks) {
            db.create(Track.class, x -> {
                        x.title = (String) t[0];
                        x.number = 1;
                        x.albumId = ((Album) t[1]).id;
                    })
                    .await();
        }

        RelationPathExamples.Results r = RelationPathExamples.run(db);
        assertEquals(List.of("Tago Mago"), r.byC().stream().map(a -> a.title).toList());
        assertEquals(List.of("Neu! 75"), r.notByC().stream().map(a -> a.title).toList());
        assertEquals(
                List.of("Halo", "Oh Yeah", "Isi"),
                r.ordered().stream().map(t -> t.title).toList());
        assertTrue(r.fails() instanceof MissingRelatedRowException, String.valueOf(r.fails()));
        assertTrue(
                r.fails().getMessage().contains("Track.album.get().band.get()"),
                r.fails().getMessage());
        assertEquals(
                List.of(
                        new RelationPathExamples.TrackRow("Halo", "Tago Mago"),
                        new RelationPathExamples.TrackRow("Isi", "Neu! 75"),
                        new RelationPathExamples.TrackRow("Oh Yeah", "Tago Mago"),
                        new RelationPathExamples.TrackRow("Stray", "Loose")),
                r.rows());
        assertTrue(r.sql().contains("(SELECT "), r.sql());
    }
}
