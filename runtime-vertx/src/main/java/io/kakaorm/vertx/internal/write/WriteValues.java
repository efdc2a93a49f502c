package io.kakaorm.vertx.internal.write;

import io.kakaorm.dialect.Dialect;
import io.kakaorm.meta.ColumnMeta;
import io.kakaorm.meta.ModelMeta;

/**
 * Puts a model's field values into the form their columns keep ({@link Dialect#normalise}) before a
 * write, so that after save() the instance equals a fresh read and dirty tracking compares like with like.
 */
final class WriteValues {
    private WriteValues() {}

    /** Normalises every column field of {@code model} in place. */
    static void normalise(Dialect d, ModelMeta<?> meta, Object model) {
        for (ColumnMeta c : meta.columns()) {
            normalise(d, c, model);
        }
    }

    /** Normalises one column field in place and returns its new value. */
    static Object normalise(Dialect d, ColumnMeta c, Object model) {
        Object v = c.get(model);
        if (v == null) {
            return null;
        }
        Object n = d.normalise(c, v);
        if (n != v) {
            c.set(model, n);
        }
        return n;
    }
}
