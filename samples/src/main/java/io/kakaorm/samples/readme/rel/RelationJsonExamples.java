package io.kakaorm.samples.readme.rel;

import io.kakaorm.json.Dump;
import io.kakaorm.json.ModelJson;
import io.kakaorm.vertx.Database;
import io.vertx.core.json.JsonArray;
import java.util.List;

/** The README's example of prefetched relations nested in toJson. */
public final class RelationJsonExamples {
    private RelationJsonExamples() {}

    public static JsonArray run(Database db) {
        // tag::relation-json[]
        List<Album> albums = db.from(Album.class)
                .prefetch(a -> a.band, a -> a.tracks)
                .list().await();
        JsonArray body = ModelJson.toJsonArray(albums, Dump.all()
                .with("band", "tracks")                  // the prefetched relations, nested; no query
                .exclude("bandId", "tracks.albumId"));   // a dotted name reaches into a relation
        // [{"id":1,"title":"Tago Mago","band":{"id":1,"name":"Can"},"tracks":[{"id":1,"title":…},…]},…]
        // a relation named in with(...) but not loaded throws RelationNotLoadedException: never a hidden query
        // end::relation-json[]
        return body;
    }
}
