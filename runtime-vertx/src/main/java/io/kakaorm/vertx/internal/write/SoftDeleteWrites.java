package io.kakaorm.vertx.internal.write;

import io.kakaorm.Model;
import io.kakaorm.expr.Param;
import io.kakaorm.meta.ColumnMeta;
import io.kakaorm.meta.ModelMeta;
import io.kakaorm.query.Assignment;
import io.kakaorm.query.Update;
import io.kakaorm.spi.ModelState;
import io.kakaorm.spi.ModelState.Hook;
import io.kakaorm.vertx.internal.DatabaseImpl;
import io.vertx.core.Future;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * {@code delete()} of a {@code SoftDeleteModel} instance: the delete hooks around an UPDATE that sets
 * {@code deleted_at} by primary key (in one transaction with an overridden after-hook, as a plain
 * delete). The instance's {@code deletedAt} is set once the row is.
 */
public final class SoftDeleteWrites {
    private final DatabaseImpl db;

    public SoftDeleteWrites(DatabaseImpl db) {
        this.db = db;
    }

    public <T extends Model<T>> Future<Void> delete(T model) {
        if (HookInfo.overrides(model.getClass(), Hook.AFTER_DELETE) && !db.inTransaction()) {
            return db.transaction(tx -> deleteNow(model));
        }
        return deleteNow(model);
    }

    private <T extends Model<T>> Future<Void> deleteNow(T model) {
        ModelMeta<?> meta = ModelMeta.of(model.getClass());
        ColumnMeta col = meta.softDeleteColumn();
        Object key = meta.primaryKey().get(model);
        OffsetDateTime now = OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
        return ModelState.run(model, Hook.BEFORE_DELETE)
                .compose(v -> db.executor()
                        .update(db.dialect()
                                .update(
                                        new Update(
                                                meta,
                                                List.of(new Assignment(col, new Param(0, col.type()))),
                                                ModelStatements.pkEquals(meta, 1)),
                                        new Object[] {now, key})))
                .compose(n -> {
                    if (n == 0) {
                        return Future.failedFuture(ModelWrites.gone(meta, key));
                    }
                    col.set(model, now);
                    return ModelState.run(model, Hook.AFTER_DELETE);
                });
    }
}
