package io.kakaorm.dialect;

import java.util.List;

/**
 * SQL text in the dialect's placeholder style with its bind values, already converted to what the
 * driver takes ({@link Dialect#toDb(Object)}).
 */
public record CompiledSql(String sql, List<Object> binds) {
    public CompiledSql {
        binds = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(binds)); // binds may hold nulls
    }

    @Override
    public String toString() {
        return sql + " " + binds;
    }
}
