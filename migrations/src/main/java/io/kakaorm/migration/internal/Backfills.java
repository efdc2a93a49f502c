package io.kakaorm.migration.internal;

import io.kakaorm.ModelDefinitionException;
import io.kakaorm.dialect.ddl.ColumnDef;
import io.kakaorm.meta.ColumnMeta;
import io.kakaorm.meta.ModelMeta;
import io.kakaorm.migration.internal.schema.Change;
import io.kakaorm.migration.internal.schema.SchemaDiff;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the existing rows of a table get when a NOT NULL column is added to it (as Django's makemigrations
 * asks): the column's DEFAULT when the model has one; the current time for an {@code @AutoNow}/{@code @AutoNowAdd}
 * timestamp (which has no DEFAULT: the model sets it); otherwise nothing would do, and the plan is refused
 * with what to add. Stateless.
 */
public final class Backfills {
    private Backfills() {}

    /** The backfill expressions of the auto timestamps of {@code models}, keyed by {@link SchemaDiff#columnKey}. */
    public static Map<String, String> of(List<ModelMeta<?>> models, SchemaDialect schema) {
        Map<String, String> out = new HashMap<>();
        for (ModelMeta<?> m : models) {
            for (ColumnMeta c : m.columns()) {
                if ((c.autoNow() || c.autoNowAdd()) && !c.nullable() && c.defaultValue() == null) {
                    out.put(SchemaDiff.columnKey(m.table(), c.name()), schema.currentTime(c.type()));
                }
            }
        }
        return out;
    }

    /**
     * Fails when {@code changes} add a NOT NULL column without a DEFAULT or backfill to an existing table:
     * its rows would need a value the models do not give.
     *
     * @throws ModelDefinitionException naming the model, the field and what to add
     */
    public static void refuseUnfilled(List<Change> changes, List<ModelMeta<?>> models) {
        for (Change change : changes) {
            if (change instanceof Change.AddColumn a && a.backfill() == null) {
                check(a.table(), a.column(), models);
            } else if (change instanceof Change.RebuildTable r) {
                for (ColumnDef c : r.to().columns()) {
                    if (!r.sources().containsKey(c.name()) && !r.backfills().containsKey(c.name())) {
                        check(r.table(), c, models);
                    }
                }
            }
        }
    }

    private static void check(String table, ColumnDef c, List<ModelMeta<?>> models) {
        if (c.nullable() || c.defaultSql() != null || c.autoIncrement()) {
            return;
        }
        for (ModelMeta<?> m : models) {
            if (m.table().equals(table)) {
                ColumnMeta col = m.columnByName(c.name());
                throw new ModelDefinitionException(
                        m.modelClass(),
                        col == null ? c.name() : col.fieldName(),
                        "the NOT NULL column " + table + "." + c.name() + " is added to an existing table, whose rows"
                                + " need a value: give the field a default (@Column(defaultValue = \"...\") or an"
                                + " initializer), make it nullable, or, for a timestamp, @AutoNowAdd/@AutoNow"
                                + " (existing rows get the current time); if it is a renamed column, say so (--rename "
                                + table + ".OLD=" + c.name() + ", the plugin's renames, Migrator.withRenames)");
            }
        }
        throw new ModelDefinitionException(
                Object.class,
                c.name(),
                "the NOT NULL column " + table + "." + c.name()
                        + " without a default is added to an existing table: give it a default or make it nullable");
    }
}
