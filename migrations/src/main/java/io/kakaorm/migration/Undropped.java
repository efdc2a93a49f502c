package io.kakaorm.migration;

/**
 * A table or column of the database that the models no longer have, which a plan without drops leaves in
 * place: a difference that {@link Migrator#plan} does not fix, reported instead of "no changes".
 *
 * @param table  the table
 * @param column the column, or {@code null} when the whole table is not in the models
 */
public record Undropped(String table, String column) {
    /** {@code kkmig_author.homepage is not in the models: not dropped}. */
    public String message() {
        return (column == null ? "table " + table : table + "." + column) + " is not in the models: not dropped";
    }
}
