package io.kakaorm.vertx.internal;

import io.kakaorm.Model;
import io.kakaorm.ModelState;
import io.kakaorm.dialect.Dialect;
import io.kakaorm.meta.ColumnMeta;
import io.kakaorm.meta.ModelMeta;
import io.kakaorm.spi.ModelEngine;

/**
 * Hydrates model instances from rows whose columns are the model's columns in model order (what a
 * {@code Select} with an empty select list renders): one instance per row, each field set through its
 * {@link io.kakaorm.meta.FieldAccessor} after {@link Dialect#fromDb}, no per-row map. The instance is
 * attached to the engine as persisted. Build once per query (cheap) or cache per model and engine.
 *
 * @param <T> the model type
 */
public final class ModelMapper<T> implements RowMapper<T> {
    private final ModelMeta<T> meta;
    private final ColumnMeta[] columns;
    private final Dialect dialect;
    private final ModelEngine engine;

    public ModelMapper(ModelMeta<T> meta, Dialect dialect, ModelEngine engine) {
        this.meta = meta;
        this.columns = meta.columns().toArray(new ColumnMeta[0]);
        this.dialect = dialect;
        this.engine = engine;
    }

    @Override
    public T map(DbRow row) {
        return fill(meta.newInstance(), row);
    }

    /** Sets every column of {@code target} from {@code row} and attaches it; returns {@code target}. */
    public T fill(T target, DbRow row) {
        for (int i = 0; i < columns.length; i++) {
            ColumnMeta c = columns[i];
            c.set(target, dialect.fromDb(row.value(i), c.type(), c.javaType()));
        }
        ModelState.attach((Model<?>) target, engine, true);
        return target;
    }
}
