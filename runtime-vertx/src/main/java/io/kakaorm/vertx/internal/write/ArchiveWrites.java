package io.kakaorm.vertx.internal.write;

import io.kakaorm.Model;
import io.kakaorm.meta.ModelMeta;
import io.kakaorm.query.Select;
import io.kakaorm.spi.ModelState;
import io.kakaorm.spi.ModelState.Hook;
import io.kakaorm.vertx.internal.DatabaseImpl;
import io.kakaorm.vertx.internal.query.ArchiveRows;
import io.vertx.core.Future;

/**
 * {@code delete()} of an {@code ArchiveModel} instance: in one transaction, the before-delete hook,
 * the row copied to {@code archive_<table>} and deleted from the main table, the after-delete hook. A
 * failure anywhere leaves the row where it was.
 */
public final class ArchiveWrites {
    private final DatabaseImpl db;

    public ArchiveWrites(DatabaseImpl db) {
        this.db = db;
    }

    public <T extends Model<T>> Future<Void> delete(T model) {
        ModelMeta<?> meta = ModelMeta.of(model.getClass());
        Object key = meta.primaryKey().get(model);
        Select row = Select.from(meta).and(ModelStatements.pkEquals(meta, 0));
        return db.transaction(tx -> ModelState.run(model, Hook.BEFORE_DELETE)
                        .compose(v -> ArchiveRows.move(db, row, meta.archiveTable(), new Object[] {key}))
                        .compose(n -> n == 0
                                ? Future.failedFuture(ModelWrites.gone(meta, key))
                                : ModelState.run(model, Hook.AFTER_DELETE)))
                .onSuccess(v -> ModelState.attach(model, db, false));
    }
}
