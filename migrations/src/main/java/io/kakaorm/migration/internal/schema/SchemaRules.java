package io.kakaorm.migration.internal.schema;

import io.kakaorm.dialect.ddl.ColumnDef;

/**
 * How one database spells the same thing in different ways, and what its ALTER TABLE can do. The diff
 * compares normalised forms only, so that a schema created from models and read back is equal to the
 * models (no change that reappears on every run).
 */
public interface SchemaRules {
    /** The canonical form of a column's type ({@code character varying(20)} and {@code VARCHAR(20)} alike). */
    String type(ColumnDef column);

    /** The canonical form of a DEFAULT expression, or {@code null} for none. */
    String defaultValue(String defaultSql);

    /** The canonical form of a CHECK expression. */
    String check(String expression);

    /** The canonical form of an ON DELETE action. */
    String onDelete(String action);

    /** Whether ALTER TABLE can make this change; if not, the table is rebuilt. */
    boolean canAlter(Change change);
}
