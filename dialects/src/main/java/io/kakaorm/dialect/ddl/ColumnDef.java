package io.kakaorm.dialect.ddl;

/**
 * One column as a database has it, or as a model wants it.
 *
 * @param name          the column name
 * @param type          the SQL type as the database spells it (compared after normalisation)
 * @param nullable      whether NULL is allowed
 * @param defaultSql    the DEFAULT as an SQL expression, or {@code null} for none
 * @param autoIncrement whether the database generates values
 */
public record ColumnDef(String name, String type, boolean nullable, String defaultSql, boolean autoIncrement) {
    /** This column under another name. */
    public ColumnDef withName(String newName) {
        return new ColumnDef(newName, type, nullable, defaultSql, autoIncrement);
    }
}
