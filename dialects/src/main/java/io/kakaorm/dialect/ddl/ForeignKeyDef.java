package io.kakaorm.dialect.ddl;

import java.util.List;

/**
 * A foreign key.
 *
 * @param name          the constraint name, or {@code null} where the database has none (SQLite)
 * @param columns       referencing columns
 * @param targetTable   referenced table
 * @param targetColumns referenced columns
 * @param onDelete      the ON DELETE action in SQL words ({@code CASCADE}, {@code SET NULL}, …)
 */
public record ForeignKeyDef(
        String name, List<String> columns, String targetTable, List<String> targetColumns, String onDelete) {
    public ForeignKeyDef {
        columns = List.copyOf(columns);
        targetColumns = List.copyOf(targetColumns);
    }
}
