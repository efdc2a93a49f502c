package io.kakaorm.vertx.archive;

import io.kakaorm.ArchiveModel;
import io.kakaorm.Column;
import io.kakaorm.Table;
import io.vertx.core.Future;

@Table(name = "ar_entry")
public class Entry extends ArchiveModel<Entry> {
    @Column(nullable = false, unique = true, maxLength = 30)
    public String body;

    public int level;

    @Override
    protected Future<Void> afterDelete() {
        return "refuse".equals(body)
                ? Future.failedFuture(new IllegalStateException("refused"))
                : Future.succeededFuture();
    }
}
