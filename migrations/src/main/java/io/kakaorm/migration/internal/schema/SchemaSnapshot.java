package io.kakaorm.migration.internal.schema;

import io.kakaorm.dialect.ddl.TableDef;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The tables of a schema, by name, in a stable order. Immutable. */
public record SchemaSnapshot(Map<String, TableDef> tables) {
    public SchemaSnapshot {
        tables = Collections.unmodifiableMap(new LinkedHashMap<>(tables));
    }

    /** A snapshot of the given tables. */
    public static SchemaSnapshot of(Collection<TableDef> tables) {
        Map<String, TableDef> m = new LinkedHashMap<>();
        for (TableDef t : tables) {
            m.put(t.name(), t);
        }
        return new SchemaSnapshot(m);
    }

    /** The table named {@code name}, or {@code null}. */
    public TableDef table(String name) {
        return tables.get(name);
    }
}
