package io.kakaorm.migration.schema;

import java.util.List;
import java.util.Locale;

/**
 * One step of a {@link io.kakaorm.migration.MigrationPlan}: what it changes and the SQL that makes the
 * change on the plan's database. Immutable.
 *
 * @param kind    what kind of change
 * @param table   the table it is about (for a rename of a table, its old name)
 * @param name    the column, index, foreign key or check it is about (for a rename, the old name); {@code null}
 *                for a change of a whole table, and for an unnamed constraint
 * @param newName the new name, for {@link Kind#RENAME_TABLE} and {@link Kind#RENAME_COLUMN}; else {@code null}
 * @param sql     the statements that make this change, in order, without trailing semicolons
 */
public record SchemaChange(Kind kind, String table, String name, String newName, List<String> sql) {
    /** Copies the list. */
    public SchemaChange {
        sql = List.copyOf(sql);
    }

    /** The kinds of change a plan is made of. */
    public enum Kind {
        CREATE_TABLE,
        DROP_TABLE,
        RENAME_TABLE,
        ADD_COLUMN,
        DROP_COLUMN,
        ALTER_COLUMN,
        RENAME_COLUMN,
        ADD_INDEX,
        DROP_INDEX,
        ADD_FOREIGN_KEY,
        DROP_FOREIGN_KEY,
        ADD_CHECK,
        DROP_CHECK,
        /** SQLite's table rebuild (create the new shape, copy the rows, drop, rename). */
        REBUILD_TABLE
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " " + table + (name == null ? "" : "." + name)
                + (newName == null ? "" : " to " + newName);
    }
}
