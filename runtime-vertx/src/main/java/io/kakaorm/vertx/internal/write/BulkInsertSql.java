package io.kakaorm.vertx.internal.write;

import io.kakaorm.dialect.CompiledSql;
import io.kakaorm.dialect.Dialect;
import io.kakaorm.meta.ColumnMeta;
import io.kakaorm.meta.ModelMeta;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The text of a multi-row {@code INSERT … VALUES (…), (…) [RETURNING pk]} in a dialect's placeholder
 * style, cached per shape (full chunks of a bulk insert share one text).
 */
final class BulkInsertSql {
    private record Shape(String dialect, Class<?> model, List<ColumnMeta> columns, int rows, boolean returning) {}

    private static final Map<Shape, String> CACHE = new ConcurrentHashMap<>();

    private BulkInsertSql() {}

    /**
     * The statement and binds for rows whose column values (all columns, in model order) are {@code rows};
     * {@code columns} are the inserted ones, at {@code index} in those arrays.
     */
    static CompiledSql values(
            Dialect d,
            ModelMeta<?> meta,
            List<ColumnMeta> columns,
            int[] index,
            List<Object[]> rows,
            boolean returning) {
        Object[] binds = new Object[rows.size() * index.length];
        int k = 0;
        for (Object[] row : rows) {
            for (int i : index) {
                binds[k++] = d.toDb(row[i]);
            }
        }
        return new CompiledSql(of(d, meta, columns, rows.size(), returning), Arrays.asList(binds));
    }

    static String of(Dialect d, ModelMeta<?> meta, List<ColumnMeta> columns, int rows, boolean returning) {
        Shape shape = new Shape(d.name(), meta.modelClass(), columns, rows, returning);
        String cached = CACHE.get(shape);
        if (cached != null) {
            return cached;
        }
        String sql = render(d, meta, columns, rows, returning);
        if (CACHE.size() < 256) {
            CACHE.put(shape, sql);
        }
        return sql;
    }

    private static String render(Dialect d, ModelMeta<?> meta, List<ColumnMeta> columns, int rows, boolean returning) {
        StringBuilder row = new StringBuilder("(");
        for (int i = 0; i < columns.size(); i++) {
            row.append(i == 0 ? "?" : ", ?");
        }
        row.append(')');
        StringBuilder sb = new StringBuilder(64 + rows * (row.length() + 2));
        sb.append("INSERT INTO ").append(d.quote(meta.table())).append(" (");
        for (int i = 0; i < columns.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(d.quote(columns.get(i).name()));
        }
        sb.append(") VALUES ");
        for (int r = 0; r < rows; r++) {
            sb.append(r == 0 ? "" : ", ").append(row);
        }
        if (returning) {
            sb.append(" RETURNING ").append(d.quote(meta.primaryKey().name()));
        }
        return d.placeholders(sb.toString());
    }
}
