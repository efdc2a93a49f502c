package io.kakaorm.samples.readme.rel;

import io.kakaorm.vertx.Database;
import java.util.List;

/** The README's relation paths inside one-model lambdas. */
public final class RelationPathExamples {
    private RelationPathExamples() {}

    /** A track's title with its album's. */
    public record TrackRow(String title, String album) {}

    /** What the examples produced. */
    public record Results(
            List<Album> byC,
            List<Album> notByC,
            List<Track> ordered,
            Throwable fails,
            List<TrackRow> rows,
            String sql) {}

    public static Results run(Database db) {
        // tag::relation-path[]
        // a belongsTo path in a one-model lambda: the related row's column, by a correlated subquery
        List<Album> byC = db.from(Album.class).where(a -> a.band.get().name.startsWith("C"))
                .list().await();
        List<Album> notByC = db.from(Album.class).where(a -> !a.band.get().name.startsWith("C"))
                .list().await();                      // an album without band is in neither, as in Java
        List<Track> ordered = db.from(Track.class).where(t -> t.album.get().band.get().id != null)
                .orderBy(t -> t.album.get().band.get().name).orderBy(t -> t.title).list().await(); // chained
        Throwable fails = db.from(Track.class).orderBy(t -> t.album.get().band.get().name).list()
                .<Throwable>map(l -> null).otherwise(e -> e).await(); // Stray's album has no band: Java
        // would throw NullPointerException, the query fails with MissingRelatedRowException
        List<TrackRow> rows = db.from(Track.class).orderBy(t -> t.title)
                .select(t -> new TrackRow(t.title, t.album.get().title)).list().await();
        String sql = db.from(Album.class).where(a -> a.band.get().name.startsWith("C")).toSql();
        // … WHERE (SELECT "s1_1"."name" FROM "album" AS "s1_0" JOIN "band" AS "s1_1" ON "s1_1"."id" =
        //   "s1_0"."band_id" WHERE "s1_0"."id" = "album"."id") LIKE … (no band: NULL, selected neither by this
        //   nor by its negation)
        // end::relation-path[]
        return new Results(byC, notByC, ordered, fails, rows, sql);
    }
}
