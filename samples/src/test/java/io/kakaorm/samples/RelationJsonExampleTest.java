package io.kakaorm.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.kakaorm.samples.readme.rel.Album;
import io.kakaorm.samples.readme.rel.Band;
import io.kakaorm.samples.readme.rel.RelationJsonExamples;
import io.kakaorm.samples.readme.rel.Track;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.testing.TestDatabases;
import io.kakaorm.vertx.testing.TestDb;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The README's nested-relations toJson example, on every database. */
@ExtendWith(TestDatabases.class)
class RelationJsonExampleTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void prefetchedRelationsNestedInToJson(TestDb which) {
        Database db = TestDatabases.open(which);
        db.createTable(Band.class).await();
        db.createTable(Album.class).await();
        db.createTable(Track.class).await();
        Band b = db.create(Band.class, x -> x.name = "Can").await();
        Album a = db.create(Album.class, x -> {
                    x.title = "Tago Mago";
                    x.bandId = b.id;
                })
                .await();
        for (int i = 1; i <= 2; i++) {
            int n = i;
            db.create(Track.class, x -> {
                        x.title = "T" + n;
                        x.number = n;
                        x.albumId = a.id;
                    })
                    .await();
        }
        JsonArray body = RelationJsonExamples.run(db);
        assertEquals(1, body.size());
        JsonObject album = body.getJsonObject(0);
        assertEquals("Can", album.getJsonObject("band").getString("name"));
        assertFalse(album.containsKey("bandId"));
        assertEquals(2, album.getJsonArray("tracks").size());
        assertFalse(album.getJsonArray("tracks").getJsonObject(0).containsKey("albumId"));
        assertEquals("T1", album.getJsonArray("tracks").getJsonObject(0).getString("title"));
    }
}
