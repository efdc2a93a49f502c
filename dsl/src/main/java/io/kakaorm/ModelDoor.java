package io.kakaorm;

import io.kakaorm.meta.ColumnMeta;
import io.kakaorm.meta.ColumnSource;
import io.kakaorm.spi.ModelEngine;
import io.kakaorm.spi.ModelState;
import io.kakaorm.spi.ModelState.Hook;
import io.vertx.core.Future;
import java.util.List;

/** {@link ModelState}'s way into a {@link Model}'s package-private state; installed by {@code Model}. */
final class ModelDoor implements ModelState.Door {
    @Override
    public void attach(Model<?> model, ModelEngine engine, boolean persisted) {
        model.engine = engine;
        model.persisted = persisted;
        if (!persisted) {
            model.loaded = null;
        }
    }

    @Override
    public void remember(Model<?> model, Object[] values) {
        Snapshots.copyArrays(values);
        model.loaded = values;
    }

    @Override
    public void attachLoaded(Model<?> model, ModelEngine engine, ColumnSource loaded) {
        model.engine = engine;
        model.persisted = true;
        model.loaded = loaded;
    }

    @Override
    public Object loaded(Model<?> model) {
        return model.loaded;
    }

    @Override
    public void restoreLoaded(Model<?> model, Object loaded) {
        model.loaded = loaded;
    }

    @Override
    public void remember(Model<?> model) {
        model.loaded = Snapshots.take(model);
    }

    @Override
    public List<ColumnMeta> changedColumns(Model<?> model) {
        return Snapshots.changedColumns(model);
    }

    @Override
    public ModelEngine engineOf(Model<?> model) {
        return model.engine;
    }

    @Override
    public Future<Void> run(Model<?> model, Hook hook) {
        try {
            Future<Void> f = switch (hook) {
                case BEFORE_INSERT -> model.beforeInsert();
                case AFTER_INSERT -> model.afterInsert();
                case BEFORE_UPDATE -> model.beforeUpdate();
                case AFTER_UPDATE -> model.afterUpdate();
                case BEFORE_DELETE -> model.beforeDelete();
                case AFTER_DELETE -> model.afterDelete();
            };
            return f == null ? Future.succeededFuture() : f;
        } catch (RuntimeException e) {
            return Future.failedFuture(e);
        }
    }
}
