package io.kakaorm;

import io.kakaorm.meta.ColumnMeta;
import io.kakaorm.spi.ModelEngine;
import io.vertx.core.Future;
import java.util.List;

/**
 * For engine implementations only: reads and sets the per-instance state of a {@link Model} (its
 * database and whether it has a row) and calls its hooks. Applications do not need this class.
 */
public final class ModelState {
    private ModelState() {}

    /** Ties {@code model} to {@code engine} and records whether it has a row. */
    public static void attach(Model<?> model, ModelEngine engine, boolean persisted) {
        model.engine = engine;
        model.persisted = persisted;
        if (!persisted) {
            model.loaded = null;
        }
    }

    /**
     * Records {@code values} (the model's column values in column order, as just read or written) as the
     * state that {@link Model#changedFields()} compares against. {@code byte[]} values are copied.
     */
    public static void remember(Model<?> model, Object[] values) {
        Snapshots.copyArrays(values);
        model.loaded = values;
    }

    /** The values recorded by {@link #remember}, or {@code null} (to put back after a rolled-back write). */
    public static Object[] loaded(Model<?> model) {
        return model.loaded;
    }

    /** Records the instance's current column values as loaded/saved (after a successful write). */
    public static void remember(Model<?> model) {
        model.loaded = Snapshots.take(model);
    }

    /**
     * The columns whose value differs from the recorded one, in column order, the version column
     * excluded; every column but the primary key when nothing was recorded.
     */
    public static List<ColumnMeta> changedColumns(Model<?> model) {
        return Snapshots.changedColumns(model);
    }

    /** The engine {@code model} is tied to, or {@code null}. */
    public static ModelEngine engineOf(Model<?> model) {
        return model.engine;
    }

    /** Which hook to call. */
    public enum Hook {
        BEFORE_INSERT,
        AFTER_INSERT,
        BEFORE_UPDATE,
        AFTER_UPDATE,
        BEFORE_DELETE,
        AFTER_DELETE
    }

    /** Calls a hook; an exception thrown by it becomes a failed future. */
    public static Future<Void> run(Model<?> model, Hook hook) {
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
