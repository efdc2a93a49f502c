package io.kakaorm.vertx.internal.write;

import io.kakaorm.dialect.CompiledSql;
import io.kakaorm.dialect.Dialect;
import io.kakaorm.dialect.sql.JsonColumns;
import io.kakaorm.expr.ColumnType;
import io.kakaorm.meta.ColumnMeta;
import io.kakaorm.meta.ModelMeta;
import io.vertx.core.buffer.Buffer;
import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL's bulk INSERT: one array parameter per column, {@code INSERT … SELECT … FROM
 * UNNEST($1::type[], …) WITH ORDINALITY … ORDER BY ord RETURNING pk}. One statement of a few
 * parameters for any number of rows: no bind limit, no huge statement text to parse.
 */
final class UnnestInsert {
    private UnnestInsert() {}

    static CompiledSql of(
            Dialect d,
            ModelMeta<?> meta,
            List<ColumnMeta> columns,
            int[] index,
            List<Object[]> rows,
            boolean returning) {
        StringBuilder names = new StringBuilder();
        StringBuilder aliases = new StringBuilder();
        StringBuilder arrays = new StringBuilder();
        List<Object> binds = new ArrayList<>(columns.size());
        for (int i = 0; i < columns.size(); i++) {
            ColumnMeta c = columns.get(i);
            String sep = i == 0 ? "" : ", ";
            names.append(sep).append(d.quote(c.name()));
            aliases.append(sep).append("c").append(i);
            // decimals and JSON documents travel as text: the driver never completes a NUMERIC[] bind holding a NULL
            // (Vert.x 5.0)
            arrays.append(sep)
                    .append(c.type() == ColumnType.DECIMAL || c.type() == ColumnType.JSON ? "?::text[]::" : "?::")
                    .append(d.sqlType(meta, c))
                    .append("[]");
            binds.add(array(d, c, index[i], rows));
        }
        String sql = "INSERT INTO " + d.quote(meta.table()) + " (" + names + ") SELECT " + aliases + " FROM UNNEST("
                + arrays + ") WITH ORDINALITY AS u(" + aliases + ", ord) ORDER BY ord"
                + (returning ? " RETURNING " + d.quote(meta.primaryKey().name()) : "");
        return new CompiledSql(d.placeholders(sql), binds);
    }

    /** The element type the driver expects for an array of this column (it checks it against the column). */
    private static Class<?> elementType(ColumnMeta c) {
        return switch (c.type()) {
            case SHORT -> Short.class;
            case INT -> Integer.class;
            case LONG -> Long.class;
            case FLOAT -> Float.class;
            case DOUBLE -> Double.class;
            case BOOLEAN -> Boolean.class;
            case DECIMAL -> String.class;
            case UUID -> java.util.UUID.class; // checkstyle:allow-fqn
            case LOCAL_DATE -> LocalDate.class;
            case LOCAL_TIME -> LocalTime.class;
            case LOCAL_DATE_TIME -> LocalDateTime.class;
            case OFFSET_DATE_TIME, INSTANT -> OffsetDateTime.class;
            case BYTES -> Buffer.class;
            case STRING, ENUM, JSON -> String.class;
        };
    }

    private static Object array(Dialect d, ColumnMeta c, int column, List<Object[]> rows) {
        Class<?> type = elementType(c);
        Object typed = Array.newInstance(type, rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Object v = d.toDb(rows.get(i)[column]);
            if (v instanceof BigDecimal b) {
                v = b.toPlainString();
            } else if (c.type() == ColumnType.JSON && v != null) {
                v = JsonColumns.text(v);
            }
            Array.set(typed, i, v);
        }
        return typed;
    }
}
