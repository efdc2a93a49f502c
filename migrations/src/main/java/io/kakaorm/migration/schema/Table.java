package io.kakaorm.migration.schema;

import java.util.List;

/**
 * One table of a schema as the migrator sees it (read from a live database by
 * {@link io.kakaorm.migration.Migrator#readSchema()}): columns in order, primary key, indexes and UNIQUE
 * constraints, foreign keys and checks. Immutable.
 *
 * @param name        the table name
 * @param columns     the columns in table order
 * @param primaryKey  the primary-key columns (empty when there is none)
 * @param indexes     indexes and UNIQUE constraints (not the primary key)
 * @param foreignKeys foreign keys
 * @param checks      CHECK constraints
 */
public record Table(
        String name,
        List<Column> columns,
        List<String> primaryKey,
        List<Index> indexes,
        List<ForeignKey> foreignKeys,
        List<Check> checks) {
    /** Copies the lists. */
    public Table {
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
        indexes = List.copyOf(indexes);
        foreignKeys = List.copyOf(foreignKeys);
        checks = List.copyOf(checks);
    }

    /** The column named {@code column}, or {@code null}. */
    public Column column(String column) {
        for (Column c : columns) {
            if (c.name().equals(column)) {
                return c;
            }
        }
        return null;
    }

    /**
     * A column.
     *
     * @param name          the column name
     * @param type          the SQL type as the database spells it
     * @param nullable      whether NULL is allowed
     * @param defaultSql    the DEFAULT as an SQL expression, or {@code null} for none
     * @param autoIncrement whether the database generates values
     */
    public record Column(String name, String type, boolean nullable, String defaultSql, boolean autoIncrement) {}

    /**
     * An index, or a UNIQUE constraint ({@code constraint = true}, always unique).
     *
     * @param name       its name
     * @param columns    the columns, in order
     * @param unique     whether values must be unique
     * @param constraint whether it is a table constraint rather than a CREATE INDEX
     */
    public record Index(String name, List<String> columns, boolean unique, boolean constraint) {
        /** Copies the list. */
        public Index {
            columns = List.copyOf(columns);
        }
    }

    /**
     * A foreign key.
     *
     * @param name          the constraint name, or {@code null} where the database has none (SQLite)
     * @param columns       referencing columns
     * @param targetTable   referenced table
     * @param targetColumns referenced columns
     * @param onDelete      the ON DELETE action in SQL words ({@code CASCADE}, {@code SET NULL}, …)
     */
    public record ForeignKey(
            String name, List<String> columns, String targetTable, List<String> targetColumns, String onDelete) {
        /** Copies the lists. */
        public ForeignKey {
            columns = List.copyOf(columns);
            targetColumns = List.copyOf(targetColumns);
        }
    }

    /**
     * A CHECK constraint.
     *
     * @param name       the constraint name, or {@code null} where the database has none
     * @param expression its condition, as SQL
     */
    public record Check(String name, String expression) {}
}
