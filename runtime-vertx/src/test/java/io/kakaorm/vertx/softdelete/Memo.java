package io.kakaorm.vertx.softdelete;

import io.kakaorm.Column;
import io.kakaorm.ForeignKey;
import io.kakaorm.SoftDeleteModel;
import io.kakaorm.Table;
import io.kakaorm.relation.BelongsTo;
import io.vertx.core.Future;
import java.util.concurrent.atomic.AtomicInteger;

@Table(name = "sd_memo")
public class Memo extends SoftDeleteModel<Memo> {
    static final AtomicInteger AFTER_DELETES = new AtomicInteger();

    @Column(nullable = false)
    public String title;

    public int views;

    @ForeignKey(Folder.class)
    public String folderCode;

    public final BelongsTo<Folder> folder = belongsTo(Folder.class);

    @Override
    protected Future<Void> beforeDelete() {
        return "locked".equals(title)
                ? Future.failedFuture(new IllegalStateException("locked"))
                : Future.succeededFuture();
    }

    @Override
    protected Future<Void> afterDelete() {
        AFTER_DELETES.incrementAndGet();
        return Future.succeededFuture();
    }
}
