package io.kakaorm.vertx.it;

import io.kakaorm.AutoNow;
import io.kakaorm.AutoNowAdd;
import io.kakaorm.Model;
import io.vertx.core.Future;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records its hooks; {@code failOn} makes that hook fail. */
public class Article extends Model<Article> {
    public static final List<String> LOG = new CopyOnWriteArrayList<>();
    public static volatile String failOn;

    public String title;
    public int version;

    @AutoNowAdd
    public OffsetDateTime createdAt;

    @AutoNow
    public LocalDateTime updatedAt;

    private Future<Void> hook(String name) {
        LOG.add(name);
        return name.equals(failOn)
                ? Future.failedFuture(new IllegalStateException("hook " + name + " failed"))
                : Future.succeededFuture();
    }

    @Override
    protected Future<Void> beforeInsert() {
        return hook("beforeInsert");
    }

    @Override
    protected Future<Void> afterInsert() {
        return hook("afterInsert");
    }

    @Override
    protected Future<Void> beforeUpdate() {
        version++;
        return hook("beforeUpdate");
    }

    @Override
    protected Future<Void> afterUpdate() {
        return hook("afterUpdate");
    }

    @Override
    protected Future<Void> beforeDelete() {
        return hook("beforeDelete");
    }

    @Override
    protected Future<Void> afterDelete() {
        return hook("afterDelete");
    }
}
