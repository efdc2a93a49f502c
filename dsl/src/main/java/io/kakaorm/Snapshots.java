package io.kakaorm;

import io.kakaorm.meta.ColumnMeta;
import io.kakaorm.meta.ColumnSource;
import io.kakaorm.meta.ModelMeta;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** The loaded/saved column values of a model instance and what changed since (dirty tracking). */
final class Snapshots {
    private Snapshots() {}

    static Object[] take(Model<?> model) {
        List<ColumnMeta> columns = ModelMeta.of(model.getClass()).columns();
        Object[] values = new Object[columns.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = columns.get(i).get(model);
        }
        copyArrays(values);
        return values;
    }

    static void copyArrays(Object[] values) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof byte[] b) {
                values[i] = b.clone(); // an in-place edit of the array must count as a change
            } else if (values[i] instanceof JsonObject o) {
                values[i] = o.copy(); // likewise an in-place edit of a JSON column's document
            } else if (values[i] instanceof JsonArray a) {
                values[i] = a.copy();
            }
        }
    }

    static List<ColumnMeta> changedColumns(Model<?> model) {
        ModelMeta<?> meta = ModelMeta.of(model.getClass());
        List<ColumnMeta> columns = meta.columns();
        Object loaded = model.loaded;
        List<ColumnMeta> out = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            ColumnMeta c = columns.get(i);
            if (c == meta.versionColumn() || (loaded == null && c.primaryKey())) {
                continue;
            }
            if (loaded == null || !same(loadedValue(loaded, i), c.get(model))) {
                out.add(c);
            }
        }
        return out;
    }

    static List<String> changedFields(Model<?> model) {
        List<ColumnMeta> columns = model.persisted
                ? changedColumns(model)
                : ModelMeta.of(model.getClass()).columns();
        List<String> out = new ArrayList<>(columns.size());
        for (ColumnMeta c : columns) {
            out.add(c.fieldName());
        }
        return out;
    }

    private static Object loadedValue(Object loaded, int column) {
        return loaded instanceof Object[] values ? values[column] : ((ColumnSource) loaded).column(column);
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof byte[] x && b instanceof byte[] y) {
            return Arrays.equals(x, y);
        }
        return Objects.equals(a, b);
    }
}
