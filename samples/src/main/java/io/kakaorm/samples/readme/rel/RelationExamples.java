package io.kakaorm.samples.readme.rel;

import io.kakaorm.vertx.Database;
import java.util.List;

/** The README's relations and prefetch sections. */
public final class RelationExamples {
    private RelationExamples() {}

    /** What the examples produced. */
    public record Results(
            Band band,
            List<Album> albums,
            long titled,
            List<Album> prefetched,
            List<Track> nested,
            List<Album> singles) {}

    public static Results run(Database db) {
        Album album = db.from(Album.class).orderBy(a -> a.id).first().await();
        Band bandOfAlbum;
        // tag::lazy[]
        Band band = album.band.load().await();              // one query; null when bandId is null
        List<Album> albums = band.albums.load().await();    // one query
        long titled = band.albums.query()                   // a Query<Album> to refine
                .where(a -> a.title.startsWith("The"))
                .count().await();
        Band same = album.band.get();                       // loaded: answers without a query

        Album draft = new Album();
        draft.title = "Demo";
        draft.band.set(band);                               // sets draft.bandId = band.id
        // end::lazy[]
        bandOfAlbum = same;

        // tag::prefetch[]
        // 3 queries for any number of albums: albums, their bands, their tracks
        List<Album> all = db.from(Album.class)
                .prefetch(a -> a.band, a -> a.tracks)
                .list().await();
        for (Album a : all) {
            System.out.println(a.title + " by " + a.band.get().name + ": " + a.tracks.get().size() + " tracks");
        }

        // nested: tracks → album → band
        List<Track> tracks = db.from(Track.class)
                .prefetchWith(t -> t.album, albumQuery -> albumQuery.prefetch(a -> a.band))
                .list().await();

        // a refined relation query: only the singles, in track order
        List<Album> withSingles = db.from(Album.class)
                .prefetchWith(a -> a.tracks, q -> q.where(t -> t.single).orderBy(t -> t.number))
                .list().await();
        // end::prefetch[]
        return new Results(bandOfAlbum, albums, titled, all, tracks, withSingles);
    }
}
