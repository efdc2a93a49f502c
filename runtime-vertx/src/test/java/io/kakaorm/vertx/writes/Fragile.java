package io.kakaorm.vertx.writes;

import io.kakaorm.Model;
import io.kakaorm.Version;
import io.vertx.core.Future;

/** A versioned model whose afterUpdate fails on demand, so the UPDATE is rolled back. */
public class Fragile extends Model<Fragile> {
    public static volatile boolean failAfterUpdate;

    public String title;

    @Version
    public int version;

    @Override
    protected Future<Void> afterUpdate() {
        return failAfterUpdate
                ? Future.failedFuture(new IllegalStateException("afterUpdate failed"))
                : Future.succeededFuture();
    }
}
