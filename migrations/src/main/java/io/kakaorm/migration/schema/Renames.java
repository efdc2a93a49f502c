package io.kakaorm.migration.schema;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Rename hints for the diff. Without them a renamed table or column looks like a drop and an add, which
 * would lose its data; with them the migration renames. Immutable; each method returns a new instance.
 *
 * <pre>{@code
 * Renames r = Renames.none().column("author", "name", "full_name").table("post", "article");
 * }</pre>
 */
public final class Renames {
    private static final Renames NONE = new Renames(Map.of(), Map.of());
    private final Map<String, String> tables;
    private final Map<String, Map<String, String>> columns;

    private Renames(Map<String, String> tables, Map<String, Map<String, String>> columns) {
        this.tables = tables;
        this.columns = columns;
    }

    /** No renames. */
    public static Renames none() {
        return NONE;
    }

    /** Table {@code from} is now called {@code to}. */
    public Renames table(String from, String to) {
        Map<String, String> t = new LinkedHashMap<>(tables);
        t.put(from, to);
        return new Renames(Map.copyOf(t), columns);
    }

    /** Column {@code from} of {@code table} (its new name if the table is renamed too) is now {@code to}. */
    public Renames column(String table, String from, String to) {
        Map<String, Map<String, String>> c = new LinkedHashMap<>(columns);
        Map<String, String> inner = new LinkedHashMap<>(c.getOrDefault(table, Map.of()));
        inner.put(from, to);
        c.put(table, Map.copyOf(inner));
        return new Renames(tables, Map.copyOf(c));
    }

    /**
     * This hint plus one written as the CLI's {@code --rename} and the plugin's {@code renames} take it:
     * {@code table.old=new} for a column, {@code old=new} for a table.
     *
     * @throws IllegalArgumentException for another form
     */
    public Renames hint(String spec) {
        int eq = spec == null ? -1 : spec.indexOf('=');
        if (eq <= 0 || eq == spec.length() - 1) {
            throw new IllegalArgumentException(
                    "A rename is TABLE.OLD=NEW (a column) or OLD=NEW (a table), not " + spec);
        }
        String left = spec.substring(0, eq).trim();
        String to = spec.substring(eq + 1).trim();
        int dot = left.indexOf('.');
        return dot < 0 ? table(left, to) : column(left.substring(0, dot), left.substring(dot + 1), to);
    }

    /** Old table name → new. */
    public Map<String, String> tables() {
        return tables;
    }

    /** Old column name → new, of a table (by its new name). */
    public Map<String, String> columns(String table) {
        return columns.getOrDefault(table, Map.of());
    }
}
