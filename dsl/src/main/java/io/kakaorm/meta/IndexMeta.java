package io.kakaorm.meta;

import java.util.List;

/**
 * An index of a table.
 *
 * @param name    the index name
 * @param columns the SQL column names, in order
 * @param unique  whether it is a UNIQUE index
 */
public record IndexMeta(String name, List<String> columns, boolean unique) {
    public IndexMeta {
        columns = List.copyOf(columns);
    }
}
