package io.kakaorm.spi;

import io.kakaorm.Model;
import io.kakaorm.meta.ColumnMeta;
import io.kakaorm.meta.ColumnSource;
import io.vertx.core.Future;
import java.lang.invoke.MethodHandles;
import java.util.List;

/**
 * For engine implementations only: reads and sets the per-instance state of a {@link Model} (its engine and
 * whether it has a row) and calls its hooks. Not API: the package is exported only to the sibling modules,
 * and {@code Model} installs the {@link Door} to its package-private state when it loads (the JDK's "shared
 * secrets").
 */
public final class ModelState {
    private static volatile Door door;

    private ModelState() {}

    /** What {@code io.kakaorm} lets this class do; implemented there, installed once by {@code Model}. */
    public interface Door {
        /** See {@link ModelState#attach}. */
        void attach(Model<?> model, ModelEngine engine, boolean persisted);

        /** See {@link ModelState#remember(Model, Object[])}. */
        void remember(Model<?> model, Object[] values);

        /** See {@link ModelState#attachLoaded}. */
        void attachLoaded(Model<?> model, ModelEngine engine, ColumnSource loaded);

        /** See {@link ModelState#loaded}. */
        Object loaded(Model<?> model);

        /** See {@link ModelState#restoreLoaded}. */
        void restoreLoaded(Model<?> model, Object loaded);

        /** See {@link ModelState#remember(Model)}. */
        void remember(Model<?> model);

        /** See {@link ModelState#changedColumns}. */
        List<ColumnMeta> changedColumns(Model<?> model);

        /** See {@link ModelState#engineOf}. */
        ModelEngine engineOf(Model<?> model);

        /** See {@link ModelState#run}. */
        Future<Void> run(Model<?> model, Hook hook);
    }

    /** Called by {@code Model}'s static initializer; a second call fails. */
    public static void install(Door d) {
        if (door != null) {
            throw new IllegalStateException("ModelState's door is installed already");
        }
        door = d;
    }

    private static Door door() {
        Door d = door;
        if (d == null) {
            try {
                MethodHandles.lookup().ensureInitialized(Model.class);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
            d = door;
        }
        return d;
    }

    /** Ties {@code model} to {@code engine} and records whether it has a row. */
    public static void attach(Model<?> model, ModelEngine engine, boolean persisted) {
        door().attach(model, engine, persisted);
    }

    /**
     * Records {@code values} (the model's column values in column order, as just read or written) as the
     * state that {@link Model#changedFields()} compares against. {@code byte[]} values are copied.
     */
    public static void remember(Model<?> model, Object[] values) {
        door().remember(model, values);
    }

    /**
     * Ties {@code model}, just read from a row, to {@code engine} as persisted, with {@code loaded} as the
     * state {@link Model#changedFields()} compares against: the row itself, read again only when asked (no
     * copy of the values per row). {@code loaded} must give a new copy of a mutable value on every read.
     */
    public static void attachLoaded(Model<?> model, ModelEngine engine, ColumnSource loaded) {
        door().attachLoaded(model, engine, loaded);
    }

    /**
     * The recorded loaded state, or {@code null}: an opaque value to put back with {@link #restoreLoaded}
     * after a rolled-back write.
     */
    public static Object loaded(Model<?> model) {
        return door().loaded(model);
    }

    /** Puts back a state returned by {@link #loaded} (after a rolled-back write). */
    public static void restoreLoaded(Model<?> model, Object loaded) {
        door().restoreLoaded(model, loaded);
    }

    /** Records the instance's current column values as loaded/saved (after a successful write). */
    public static void remember(Model<?> model) {
        door().remember(model);
    }

    /**
     * The columns whose value differs from the recorded one, in column order, the version column
     * excluded; every column but the primary key when nothing was recorded.
     */
    public static List<ColumnMeta> changedColumns(Model<?> model) {
        return door().changedColumns(model);
    }

    /** The engine {@code model} is tied to, or {@code null}. */
    public static ModelEngine engineOf(Model<?> model) {
        return door().engineOf(model);
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
        return door().run(model, hook);
    }
}
