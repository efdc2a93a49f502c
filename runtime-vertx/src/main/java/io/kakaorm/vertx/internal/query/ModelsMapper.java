package io.kakaorm.vertx.internal.query;

import io.kakaorm.dialect.Dialect;
import io.kakaorm.meta.ColumnSource;
import io.kakaorm.meta.ModelMeta;
import io.kakaorm.query.Projection;
import io.kakaorm.spi.ModelEngine;
import io.kakaorm.vertx.internal.exec.ColumnValues;
import io.kakaorm.vertx.internal.exec.DbRow;
import io.kakaorm.vertx.internal.exec.RowMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Hydrates the models of a join row (a {@link Projection.Models}): model {@code i}'s columns follow model
 * {@code i - 1}'s. A model whose primary key is NULL is the missing side of an outer join and becomes
 * {@code null}; the others are filled by their {@link ModelMapper} through a shifted view of the row.
 *
 * @param <R> the combined result (a pair or triple)
 */
final class ModelsMapper<R> implements RowMapper<R> {
    private final Projection.Models<R> projection;
    private final List<ModelMapper<?>> mappers = new ArrayList<>();
    private final int[] offsets;
    private final int[] keyIndex;

    ModelsMapper(Projection.Models<R> projection, Dialect dialect, ModelEngine engine) {
        this.projection = projection;
        List<ModelMeta<?>> models = projection.models();
        offsets = new int[models.size()];
        keyIndex = new int[models.size()];
        int at = 0;
        for (int i = 0; i < models.size(); i++) {
            ModelMeta<?> m = models.get(i);
            mappers.add(new ModelMapper<>(m, dialect, engine));
            offsets[i] = at;
            keyIndex[i] = m.columns().indexOf(m.primaryKey());
            at += m.columns().size();
        }
    }

    @Override
    public R map(DbRow row) {
        Object[] models = new Object[offsets.length];
        for (int i = 0; i < offsets.length; i++) {
            if (row.raw(offsets[i] + keyIndex[i]) != null) {
                models[i] = mappers.get(i).map(new Shifted(row, offsets[i]));
            }
        }
        return projection.combine().apply(Arrays.asList(models));
    }

    /** The columns of {@code row} from {@code offset} on. */
    private record Shifted(DbRow row, int offset) implements DbRow {
        @Override
        public int size() {
            return row.size() - offset;
        }

        @Override
        public String name(int i) {
            return row.name(offset + i);
        }

        @Override
        public Object value(int i) {
            return row.value(offset + i);
        }

        @Override
        public Object raw(int i) {
            return row.raw(offset + i);
        }

        @Override
        public Object normalise(Object raw) {
            return row.normalise(raw);
        }

        @Override
        public ColumnSource loadedState(int from, ColumnValues values) {
            return row.loadedState(offset + from, values);
        }
    }
}
