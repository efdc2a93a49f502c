package io.kakaorm.vertx.internal.query;

import io.kakaorm.Model;
import io.kakaorm.dialect.Dialect;
import io.kakaorm.dialect.ValueReader;
import io.kakaorm.meta.ColumnMeta;
import io.kakaorm.meta.FieldAccessor;
import io.kakaorm.meta.JavaTypes;
import io.kakaorm.meta.ModelMeta;
import io.kakaorm.spi.ModelEngine;
import io.kakaorm.spi.ModelState;
import io.kakaorm.vertx.internal.exec.DbRow;
import io.kakaorm.vertx.internal.exec.RowMapper;

/**
 * Hydrates model instances from rows whose columns are the model's columns in model order (what a
 * {@code Select} with an empty select list renders): one instance per row, each field set through its
 * {@link FieldAccessor}, no per-row map. The instance is attached to the engine as persisted. Build once
 * per model and engine (the runtime caches it): each column's conversion is chosen here, once
 * ({@link Dialect#reader}); per value, a driver value whose class already is the field's (boxed) type is
 * set as it is — {@link Dialect#fromDb} returns such a value unchanged — and any other is normalised
 * ({@link DbRow#normalise}, as {@link DbRow#value(int)} returns it) and goes through the column's reader, as {@code fromDb} would convert it.
 *
 * @param <T> the model type
 */
public final class ModelMapper<T> implements RowMapper<T> {
    private final ModelMeta<T> meta;
    private final FieldAccessor[] accessors;
    private final Class<?>[] passThrough;
    private final ValueReader[] readers;
    private final ModelEngine engine;

    public ModelMapper(ModelMeta<T> meta, Dialect dialect, ModelEngine engine) {
        this.meta = meta;
        ColumnMeta[] columns = meta.columns().toArray(new ColumnMeta[0]);
        this.accessors = new FieldAccessor[columns.length];
        this.passThrough = new Class<?>[columns.length];
        this.readers = new ValueReader[columns.length];
        for (int i = 0; i < columns.length; i++) {
            ColumnMeta c = columns[i];
            accessors[i] = c.accessor();
            passThrough[i] = boxed(c.javaType());
            readers[i] = dialect.reader(c.type(), c.javaType());
        }
        this.engine = engine;
    }

    @Override
    public T map(DbRow row) {
        return fill(meta.newInstance(), row);
    }

    /** Sets every column of {@code target} from {@code row} and attaches it; returns {@code target}. */
    public T fill(T target, DbRow row) {
        Object[] loaded = new Object[accessors.length];
        for (int i = 0; i < loaded.length; i++) {
            Object v = row.raw(i);
            if (v != null && v.getClass() != passThrough[i]) {
                v = readers[i].read(row.normalise(v));
            }
            loaded[i] = v;
        }
        if (!meta.setAll(target, loaded)) { // one generated call; else field by field, converting
            for (int i = 0; i < loaded.length; i++) {
                accessors[i].set(target, loaded[i]);
            }
        }
        ModelState.attach((Model<?>) target, engine, true);
        ModelState.remember((Model<?>) target, loaded); // what save() compares with (dirty tracking)
        return target;
    }

    private static Class<?> boxed(Class<?> t) {
        return JavaTypes.box(t);
    }
}
