package io.kakaorm.migration.internal;

import io.kakaorm.UnsupportedFeatureException;
import io.kakaorm.dialect.Dialect;
import io.kakaorm.dialect.ddl.ColumnDef;
import io.kakaorm.dialect.ddl.IndexDef;
import io.kakaorm.dialect.ddl.TableDdl;
import io.kakaorm.migration.internal.schema.Change;
import io.kakaorm.migration.internal.schema.ChangeVisitor;
import java.util.List;

/**
 * DDL for schema changes in standard SQL; each database overrides what it spells differently. CREATE TABLE,
 * CREATE INDEX, column definitions and foreign-key clauses come from the dialect's {@link TableDdl}, the same
 * writer {@code db.createTable()} uses.
 */
public abstract class ChangeDdl implements ChangeVisitor<List<String>> {
    protected final Dialect dialect;
    /** The database's one CREATE TABLE / CREATE INDEX / column / foreign-key writer. */
    protected final TableDdl tables;

    protected ChangeDdl(Dialect dialect) {
        this.dialect = dialect;
        this.tables = dialect.ddl();
    }

    protected String q(String identifier) {
        return tables.quote(identifier);
    }

    protected String cols(List<String> names) {
        return tables.columnList(names);
    }

    @Override
    public List<String> createTable(Change.CreateTable c) {
        return tables.createTable(c.definition(), false);
    }

    @Override
    public List<String> dropTable(Change.DropTable c) {
        return tables.dropTable(c.table(), false);
    }

    @Override
    public List<String> renameTable(Change.RenameTable c) {
        return List.of("ALTER TABLE " + q(c.from()) + " RENAME TO " + q(c.to()));
    }

    /**
     * ADD COLUMN; with a backfill, the column is added with the backfill as its DEFAULT (which fills the
     * existing rows) and the DEFAULT is then dropped, as the model has none.
     */
    @Override
    public List<String> addColumn(Change.AddColumn c) {
        String alter = "ALTER TABLE " + q(c.table());
        ColumnDef col = c.column();
        if (c.backfill() == null || col.defaultSql() != null) {
            return List.of(alter + " ADD COLUMN " + tables.columnDefinition(col, false));
        }
        ColumnDef filled = new ColumnDef(col.name(), col.type(), col.nullable(), c.backfill(), col.autoIncrement());
        return List.of(
                alter + " ADD COLUMN " + tables.columnDefinition(filled, false),
                alter + " ALTER COLUMN " + q(col.name()) + " DROP DEFAULT");
    }

    @Override
    public List<String> dropColumn(Change.DropColumn c) {
        return List.of(
                "ALTER TABLE " + q(c.table()) + " DROP COLUMN " + q(c.column().name()));
    }

    @Override
    public List<String> renameColumn(Change.RenameColumn c) {
        return List.of("ALTER TABLE " + q(c.table()) + " RENAME COLUMN " + q(c.from()) + " TO " + q(c.to()));
    }

    @Override
    public List<String> addIndex(Change.AddIndex c) {
        IndexDef ix = c.index();
        if (ix.constraint()) {
            return List.of("ALTER TABLE " + q(c.table()) + " ADD " + tables.constraint(ix.name()) + "UNIQUE ("
                    + cols(ix.columns()) + ")");
        }
        return List.of(tables.createIndex(c.table(), ix, false));
    }

    @Override
    public List<String> addForeignKey(Change.AddForeignKey c) {
        return List.of("ALTER TABLE " + q(c.table()) + " ADD "
                + tables.constraint(c.foreignKey().name()) + tables.foreignKeyClause(c.foreignKey()));
    }

    @Override
    public List<String> addCheck(Change.AddCheck c) {
        return List.of("ALTER TABLE " + q(c.table()) + " ADD "
                + tables.constraint(c.check().name()) + "CHECK (" + c.check().expression() + ")");
    }

    @Override
    public List<String> dropCheck(Change.DropCheck c) {
        return List.of("ALTER TABLE " + q(c.table()) + " DROP CONSTRAINT "
                + q(c.check().name()));
    }

    @Override
    public List<String> rebuildTable(Change.RebuildTable c) {
        throw new UnsupportedFeatureException(dialect.name(), "table rebuild (ALTER TABLE can make every change here)");
    }
}
