package io.kakaorm.migration.internal.sqlite;

import io.kakaorm.UnsupportedFeatureException;
import io.kakaorm.dialect.Dialect;
import io.kakaorm.dialect.ddl.ColumnDef;
import io.kakaorm.dialect.ddl.IndexDef;
import io.kakaorm.dialect.ddl.TableDef;
import io.kakaorm.migration.internal.ChangeDdl;
import io.kakaorm.migration.internal.schema.Change;
import java.util.ArrayList;
import java.util.List;

/**
 * SQLite DDL. A UNIQUE added later is a unique index; changes ALTER TABLE cannot make are the documented
 * rebuild: create the new table, copy the rows, drop the old one, rename, recreate the indexes, check
 * the foreign keys. The migrator runs it in one transaction with foreign-key enforcement off around it.
 * The new table is written by the dialect's {@link io.kakaorm.dialect.ddl.TableDdl}, as {@code db.createTable()} writes it.
 */
final class SqliteSchemaDdl extends ChangeDdl {
    /** Prefix of the temporary table of a rebuild. */
    static final String REBUILD_PREFIX = "_kakaorm_new_";

    SqliteSchemaDdl(Dialect dialect) {
        super(dialect);
    }

    @Override
    public List<String> addIndex(Change.AddIndex c) {
        IndexDef ix = c.index();
        // a UNIQUE constraint cannot be added to an SQLite table; a unique index is the same guarantee
        return List.of(tables.createIndex(c.table(), new IndexDef(ix.name(), ix.columns(), ix.unique(), false), false));
    }

    @Override
    public List<String> dropIndex(Change.DropIndex c) {
        return List.of("DROP INDEX " + q(c.index().name()));
    }

    @Override
    public List<String> alterColumn(Change.AlterColumn c) {
        throw rebuiltInstead("ALTER COLUMN");
    }

    @Override
    public List<String> addForeignKey(Change.AddForeignKey c) {
        throw rebuiltInstead("ADD FOREIGN KEY");
    }

    @Override
    public List<String> dropForeignKey(Change.DropForeignKey c) {
        throw rebuiltInstead("DROP FOREIGN KEY");
    }

    @Override
    public List<String> addCheck(Change.AddCheck c) {
        throw rebuiltInstead("ADD CHECK");
    }

    @Override
    public List<String> dropCheck(Change.DropCheck c) {
        throw rebuiltInstead("DROP CHECK");
    }

    /** SQLite cannot ALTER this; the diff plans a table rebuild instead, so reaching here is a planner bug. */
    private static UnsupportedFeatureException rebuiltInstead(String construct) {
        return new UnsupportedFeatureException("sqlite", construct + " (the diff rebuilds the table instead)");
    }

    @Override
    public List<String> rebuildTable(Change.RebuildTable c) {
        TableDef to = c.to();
        String tmp = REBUILD_PREFIX + to.name();
        List<String> out = new ArrayList<>();
        out.add(tables.createTableStatement(to, tmp, false));
        List<String> into = new ArrayList<>();
        List<String> from = new ArrayList<>();
        for (ColumnDef col : to.columns()) {
            String src = c.sources().get(col.name());
            String fill = c.backfills().get(col.name());
            if (src != null) {
                into.add(q(col.name()));
                from.add(q(src));
            } else if (fill != null) {
                into.add(q(col.name()));
                from.add(fill);
            }
        }
        if (!into.isEmpty()) {
            out.add("INSERT INTO " + q(tmp) + " (" + String.join(", ", into) + ") SELECT " + String.join(", ", from)
                    + " FROM " + q(c.from().name()));
        }
        out.add("DROP TABLE " + q(c.from().name()));
        out.add("ALTER TABLE " + q(tmp) + " RENAME TO " + q(to.name()));
        out.addAll(tables.indexStatements(to, false));
        return out;
    }
}
