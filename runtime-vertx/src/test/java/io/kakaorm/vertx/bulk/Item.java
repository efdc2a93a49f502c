package io.kakaorm.vertx.bulk;

import io.kakaorm.AutoNow;
import io.kakaorm.AutoNowAdd;
import io.kakaorm.Column;
import io.kakaorm.Model;
import io.kakaorm.Table;
import io.vertx.core.Future;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicInteger;

@Table(name = "bulk_item")
public class Item extends Model<Item> {
    static final AtomicInteger AFTER_INSERTS = new AtomicInteger();

    @Column(nullable = false, maxLength = 20)
    public String name;

    public int qty;
    public String note;

    @AutoNowAdd
    public OffsetDateTime createdAt;

    @AutoNow
    public OffsetDateTime updatedAt;

    @Override
    protected Future<Void> beforeInsert() {
        note = "before:" + name;
        return Future.succeededFuture();
    }

    @Override
    protected Future<Void> afterInsert() {
        AFTER_INSERTS.incrementAndGet();
        return "fail-after".equals(name)
                ? Future.failedFuture(new IllegalStateException("after hook refused"))
                : Future.succeededFuture();
    }
}
