package io.kakaorm.samples.readme;

import io.kakaorm.Column;
import io.kakaorm.Model;
import io.vertx.core.Future;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** An article with lifecycle hooks: a timestamp before INSERT, a version bump before UPDATE, a note after DELETE. */
// tag::hooks[]
public class Article extends Model<Article> {
    /** What afterDelete saw; a real application would log instead. */
    public static final List<String> DELETED = new CopyOnWriteArrayList<>();

    @Column(nullable = false)
    public String title;

    public int version = 0;

    public OffsetDateTime updatedAt;

    @Override
    protected Future<Void> beforeInsert() {             // just before INSERT: set the timestamp
        updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        return Future.succeededFuture();
    }

    @Override
    protected Future<Void> beforeUpdate() {             // just before UPDATE: bump the version
        version++;
        updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        return Future.succeededFuture();
    }

    @Override
    protected Future<Void> afterDelete() {              // after DELETE completed
        DELETED.add(title);
        return Future.succeededFuture();
    }
}
// end::hooks[]
