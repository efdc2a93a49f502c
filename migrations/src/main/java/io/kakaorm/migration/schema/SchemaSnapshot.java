package io.kakaorm.migration.schema;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The tables of a schema, by name, in a stable order. Immutable. */
public record SchemaSnapshot(Map<String, TableSnapshot> tables) {
    public SchemaSnapshot {
        tables = Collections.unmodifiableMap(new LinkedHashMap<>(tables));
    }

    /** A snapshot of the given tables. */
    public static SchemaSnapshot of(Collection<TableSnapshot> tables) {
        Map<String, TableSnapshot> m = new LinkedHashMap<>();
        for (TableSnapshot t : tables) {
            m.put(t.name(), t);
        }
        return new SchemaSnapshot(m);
    }

    /** The table named {@code name}, or {@code null}. */
    public TableSnapshot table(String name) {
        return tables.get(name);
    }
}
