package io.kakaorm.migration;

/**
 * A drop and an add that may be a rename: a column of {@code table} dropped and one of the same type added,
 * or ({@code table == null}) a table dropped and one created. Ask the user, then pass a
 * {@link io.kakaorm.migration.schema.Renames} hint.
 *
 * @param table the table of a column rename, or {@code null} for a table rename
 * @param from  the old name
 * @param to    the new name
 */
public record RenameCandidate(String table, String from, String to) {
    /** The hint that confirms it, as {@code kakaorm makemigrations --rename} and the plugin's renames take it. */
    public String hint() {
        return table == null ? from + "=" + to : table + "." + from + "=" + to;
    }

    /** The question to ask: {@code Did you rename kkmig_post.body to kkmig_post.content?} */
    public String question() {
        return table == null
                ? "Did you rename table " + from + " to " + to + "?"
                : "Did you rename " + table + "." + from + " to " + table + "." + to + "?";
    }
}
