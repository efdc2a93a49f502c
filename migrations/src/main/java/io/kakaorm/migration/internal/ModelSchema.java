package io.kakaorm.migration.internal;

import io.kakaorm.dialect.ddl.TableDef;
import io.kakaorm.meta.ModelMeta;
import io.kakaorm.migration.internal.schema.SchemaSnapshot;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The schema that models want on one database: each table as the dialect's DDL writer maps it
 * ({@link io.kakaorm.dialect.ddl.TableDdl#definition}), the mapping {@code db.createTable()} writes.
 */
public final class ModelSchema {
    private ModelSchema() {}

    /** The snapshot of the tables of {@code models}. */
    public static SchemaSnapshot of(Collection<ModelMeta<?>> models, SchemaDialect schema) {
        List<TableDef> tables = new ArrayList<>();
        for (ModelMeta<?> m : models) {
            tables.add(schema.dialect().ddl().definition(m));
        }
        return SchemaSnapshot.of(tables);
    }
}
