package io.kakaorm.dialect.ddl;

import java.util.List;

/**
 * An index, or a UNIQUE constraint ({@code constraint = true}, always unique).
 *
 * @param name       its name; {@code null} for a model-side UNIQUE constraint not yet named
 * @param columns    the columns, in order
 * @param unique     whether values must be unique
 * @param constraint whether it is a table constraint rather than a CREATE INDEX
 */
public record IndexDef(String name, List<String> columns, boolean unique, boolean constraint) {
    public IndexDef {
        columns = List.copyOf(columns);
    }
}
