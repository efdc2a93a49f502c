package io.kakaorm.dialect.ddl;

import java.util.List;

/**
 * One table, as a model wants it or as a database has it: columns in order, primary key, indexes and UNIQUE constraints, foreign keys and checks.
 *
 * @param name        the table name
 * @param columns     the columns in table order
 * @param primaryKey  the primary-key columns (empty when there is none)
 * @param indexes     indexes and UNIQUE constraints (not the primary key)
 * @param foreignKeys foreign keys
 * @param checks      CHECK constraints
 */
public record TableDef(
        String name,
        List<ColumnDef> columns,
        List<String> primaryKey,
        List<IndexDef> indexes,
        List<ForeignKeyDef> foreignKeys,
        List<CheckDef> checks) {
    public TableDef {
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
        indexes = List.copyOf(indexes);
        foreignKeys = List.copyOf(foreignKeys);
        checks = List.copyOf(checks);
    }

    /** The column named {@code column}, or {@code null}. */
    public ColumnDef column(String column) {
        for (ColumnDef c : columns) {
            if (c.name().equals(column)) {
                return c;
            }
        }
        return null;
    }
}
