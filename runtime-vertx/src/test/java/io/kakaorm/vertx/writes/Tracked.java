package io.kakaorm.vertx.writes;

import io.kakaorm.AutoNow;
import io.kakaorm.Model;
import io.vertx.core.Future;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/** Dirty tracking: a hook that sets a field, an auto-now field, bytes, and a hook log. */
public class Tracked extends Model<Tracked> {
    public static final List<String> LOG = new CopyOnWriteArrayList<>();

    public String title;

    public int views;

    public String slug;

    public byte[] data;

    @AutoNow
    public OffsetDateTime updatedAt;

    @Override
    protected Future<Void> beforeUpdate() {
        LOG.add("beforeUpdate " + id);
        if (title != null) {
            slug = title.toLowerCase(Locale.ROOT).replace(' ', '-');
        }
        return Future.succeededFuture();
    }

    @Override
    protected Future<Void> afterUpdate() {
        LOG.add("afterUpdate " + id);
        return Future.succeededFuture();
    }
}
