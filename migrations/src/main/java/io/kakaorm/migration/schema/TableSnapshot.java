package io.kakaorm.migration.schema;

import java.util.List;

/**
 * One table: columns in order, primary key, indexes and UNIQUE constraints, foreign keys and checks.
 *
 * @param name        the table name
 * @param columns     the columns in table order
 * @param primaryKey  the primary-key columns (empty when there is none)
 * @param indexes     indexes and UNIQUE constraints (not the primary key)
 * @param foreignKeys foreign keys
 * @param checks      CHECK constraints
 */
public record TableSnapshot(String name, List<ColumnSnapshot> columns, List<String> primaryKey,
        List<IndexSnapshot> indexes, List<ForeignKeySnapshot> foreignKeys, List<CheckSnapshot> checks) {
    public TableSnapshot {
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
        indexes = List.copyOf(indexes);
        foreignKeys = List.copyOf(foreignKeys);
        checks = List.copyOf(checks);
    }

    /** The column named {@code column}, or {@code null}. */
    public ColumnSnapshot column(String column) {
        for (ColumnSnapshot c : columns) {
            if (c.name().equals(column)) {
                return c;
            }
        }
        return null;
    }
}
