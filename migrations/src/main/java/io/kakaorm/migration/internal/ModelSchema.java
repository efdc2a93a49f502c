package io.kakaorm.migration.internal;

import io.kakaorm.meta.ColumnMeta;
import io.kakaorm.meta.IndexMeta;
import io.kakaorm.meta.ModelMeta;
import io.kakaorm.migration.schema.CheckSnapshot;
import io.kakaorm.migration.schema.ColumnSnapshot;
import io.kakaorm.migration.schema.ForeignKeySnapshot;
import io.kakaorm.migration.schema.IndexSnapshot;
import io.kakaorm.migration.schema.SchemaSnapshot;
import io.kakaorm.migration.schema.TableSnapshot;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The schema that models want, in one database's types and literals. */
public final class ModelSchema {
    private ModelSchema() {
    }

    /** The snapshot of the tables of {@code models}. */
    public static SchemaSnapshot of(Collection<ModelMeta<?>> models, SchemaDialect schema) {
        List<TableSnapshot> tables = new ArrayList<>();
        for (ModelMeta<?> m : models) {
            tables.add(table(m, schema));
        }
        return SchemaSnapshot.of(tables);
    }

    static TableSnapshot table(ModelMeta<?> m, SchemaDialect schema) {
        String t = m.table();
        List<ColumnSnapshot> cols = new ArrayList<>();
        List<IndexSnapshot> indexes = new ArrayList<>();
        List<ForeignKeySnapshot> fks = new ArrayList<>();
        List<CheckSnapshot> checks = new ArrayList<>();
        for (ColumnMeta c : m.columns()) {
            String def = c.defaultValue() == null ? null : schema.literal(schema.dialect().toDb(c.defaultValue()));
            cols.add(new ColumnSnapshot(c.name(), schema.dialect().sqlType(m, c), c.nullable(), def, c.autoIncrement()));
            if (c.unique()) {
                indexes.add(new IndexSnapshot("uq_" + t + "_" + c.name(), List.of(c.name()), true, true));
            }
            if (c.foreignKey() != null) {
                fks.add(new ForeignKeySnapshot("fk_" + t + "_" + c.name(), List.of(c.name()),
                        c.foreignKey().targetTable(), List.of(c.foreignKey().targetColumn()),
                        c.foreignKey().onDelete().sql()));
            }
            if (c.check() != null) {
                checks.add(new CheckSnapshot("ck_" + t + "_" + c.name(), c.check()));
            }
        }
        for (IndexMeta ix : m.indexes()) {
            indexes.add(new IndexSnapshot(ix.name(), ix.columns(), ix.unique(), false));
        }
        return new TableSnapshot(t, cols, List.of(m.primaryKey().name()), indexes, fks, checks);
    }
}
