package io.kakaorm.dialect;

import java.util.List;

/**
 * SQL text in the dialect's placeholder style with its bind values, already converted to what the
 * driver takes ({@link Dialect#toDb(Object)}).
 *
 * @param sql      the text
 * @param binds    the values, in placeholder order
 * @param readOnly the statement only reads (a SELECT the dialect rendered, or raw SQL known to be one):
 *                 a backend may run it on a read-only connection; {@code false} when not known
 */
public record CompiledSql(String sql, List<Object> binds, boolean readOnly) {
    public CompiledSql {
        binds = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(binds)); // binds may hold nulls
    }

    /** A statement not known to only read. */
    public CompiledSql(String sql, List<Object> binds) {
        this(sql, binds, false);
    }

    @Override
    public String toString() {
        return sql + " " + binds;
    }
}
