package io.kakaorm.samples.readme.rel;

import io.kakaorm.vertx.CreateResult;
import io.kakaorm.vertx.Database;
import java.util.ArrayList;
import java.util.List;

/** The README's bulk-operations section. */
public final class BulkExamples {
    private BulkExamples() {}

    /** What the examples produced. */
    public record Results(
            List<Track> tracks,
            int updated,
            CreateResult<Band> first,
            CreateResult<Band> second,
            long tracksAfterTruncate) {}

    public static Results run(Database db, long albumId) {
        // tag::bulk[]
        List<Track> tracks = new ArrayList<>();
        for (int i = 1; i <= 1000; i++) {
            Track t = new Track();
            t.title = "Track " + i;
            t.number = i;
            t.albumId = albumId;
            tracks.add(t);
        }
        db.bulkCreate(tracks).await();          // multi-row INSERTs in one transaction; every t.id is set

        for (Track t : tracks) {
            t.single = t.number % 100 == 0;
        }
        int updated = db.bulkUpdate(tracks, t -> t.single).await();   // one UPDATE … CASE per chunk

        CreateResult<Band> r = db.getOrCreate(Band.class,
                b -> b.name.equals("Kraftwerk"), b -> b.name = "Kraftwerk").await();
        System.out.println(r.created() + " " + r.model().id);          // true on the first call only

        db.truncate(Track.class).await();       // empties the table and restarts its keys
        // end::bulk[]
        CreateResult<Band> again = db.getOrCreate(
                        Band.class, b -> b.name.equals("Kraftwerk"), b -> b.name = "Kraftwerk")
                .await();
        return new Results(
                tracks, updated, r, again, db.from(Track.class).count().await());
    }
}
