package io.kakaorm.dialect.sql;

import io.kakaorm.meta.ColumnMeta;
import io.kakaorm.meta.ModelMeta;
import java.util.List;

/**
 * The FROM source of an {@code ArchiveModel}'s {@code includeDeleted()}: both tables as one derived table
 * named like the main table, {@code (SELECT a, b FROM t UNION ALL SELECT a, b FROM archive_t) AS t}, so that
 * every query operation (filters, ordering, limits, aggregates, first/get/exists, streams) reads both.
 */
final class ArchiveUnion {
    private ArchiveUnion() {}

    /** Writes the derived table and returns {@code true} when {@code model} is a UNION view; else writes nothing. */
    static boolean write(SqlRenderer r, SqlWriter w, ModelMeta<?> model) {
        if (model.variant() != ModelMeta.Variant.UNION) {
            return false;
        }
        ModelMeta<?> main = ModelMeta.of(model.modelClass());
        w.append('(');
        half(r, w, main.columns(), main.table());
        w.append(" UNION ALL ");
        half(r, w, main.columns(), main.archiveTable().table());
        w.append(") AS ");
        r.identifier(main.table());
        return true;
    }

    private static void half(SqlRenderer r, SqlWriter w, List<ColumnMeta> columns, String table) {
        w.append("SELECT ");
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                w.append(", ");
            }
            r.identifier(columns.get(i).name());
        }
        w.append(" FROM ");
        r.identifier(table);
    }
}
