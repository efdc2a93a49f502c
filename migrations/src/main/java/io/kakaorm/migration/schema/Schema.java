package io.kakaorm.migration.schema;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The tables of a live schema, by name, in a stable order, as {@link io.kakaorm.migration.Migrator#readSchema()}
 * reads them. Immutable.
 *
 * @param tables the tables by name
 */
public record Schema(Map<String, Table> tables) {
    /** Copies the map, keeping its order. */
    public Schema {
        tables = Collections.unmodifiableMap(new LinkedHashMap<>(tables));
    }

    /** The table named {@code name}, or {@code null}. */
    public Table table(String name) {
        return tables.get(name);
    }
}
