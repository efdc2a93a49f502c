package io.kakaorm.migration.internal;

import io.kakaorm.UnsupportedFeatureException;
import io.kakaorm.dialect.Dialect;
import io.kakaorm.migration.schema.Change;
import io.kakaorm.migration.schema.ChangeVisitor;
import io.kakaorm.migration.schema.CheckSnapshot;
import io.kakaorm.migration.schema.ColumnSnapshot;
import io.kakaorm.migration.schema.ForeignKeySnapshot;
import io.kakaorm.migration.schema.IndexSnapshot;
import io.kakaorm.migration.schema.TableSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * DDL for schema changes in standard SQL; each database overrides what it spells differently.
 * Identifiers are quoted by the query dialect.
 */
public abstract class SqlDdl implements ChangeVisitor<List<String>> {
    protected final Dialect dialect;

    protected SqlDdl(Dialect dialect) {
        this.dialect = dialect;
    }

    protected String q(String identifier) {
        return dialect.quote(identifier);
    }

    protected String cols(List<String> names) {
        return names.stream().map(this::q).collect(Collectors.joining(", "));
    }

    /** The column's definition inside CREATE TABLE or ADD COLUMN. */
    protected String columnDefinition(ColumnSnapshot c, boolean soleKey) {
        StringBuilder b = new StringBuilder(q(c.name())).append(' ').append(c.type());
        if (!c.nullable()) {
            b.append(" NOT NULL");
        }
        if (c.defaultSql() != null && !c.autoIncrement()) {
            b.append(" DEFAULT ").append(c.defaultSql());
        }
        return b.toString();
    }

    /** CREATE TABLE {@code name} with the definition of {@code t}, without its indexes. */
    protected String createTableStatement(TableSnapshot t, String name) {
        List<String> parts = new ArrayList<>();
        boolean soleKey = t.primaryKey().size() == 1;
        for (ColumnSnapshot c : t.columns()) {
            parts.add(columnDefinition(c, soleKey && t.primaryKey().get(0).equals(c.name())));
        }
        String pk = primaryKeyClause(t);
        if (pk != null) {
            parts.add(pk);
        }
        for (IndexSnapshot ix : t.indexes()) {
            if (ix.constraint()) {
                parts.add((ix.name() == null ? "" : "CONSTRAINT " + q(ix.name()) + " ") + "UNIQUE (" + cols(ix.columns()) + ")");
            }
        }
        for (ForeignKeySnapshot fk : t.foreignKeys()) {
            parts.add((fk.name() == null ? "" : "CONSTRAINT " + q(fk.name()) + " ") + foreignKeyClause(fk));
        }
        for (CheckSnapshot ck : t.checks()) {
            parts.add((ck.name() == null ? "" : "CONSTRAINT " + q(ck.name()) + " ") + "CHECK (" + ck.expression() + ")");
        }
        return "CREATE TABLE " + q(name) + " (" + String.join(", ", parts) + ")";
    }

    protected String primaryKeyClause(TableSnapshot t) {
        return t.primaryKey().isEmpty() ? null : "PRIMARY KEY (" + cols(t.primaryKey()) + ")";
    }

    protected String foreignKeyClause(ForeignKeySnapshot fk) {
        return "FOREIGN KEY (" + cols(fk.columns()) + ") REFERENCES " + q(fk.targetTable()) + " ("
                + cols(fk.targetColumns()) + ") ON DELETE " + fk.onDelete();
    }

    protected String createIndex(String table, IndexSnapshot ix) {
        return "CREATE " + (ix.unique() ? "UNIQUE " : "") + "INDEX " + q(ix.name()) + " ON " + q(table) + " ("
                + cols(ix.columns()) + ")";
    }

    protected List<String> indexStatements(TableSnapshot t) {
        List<String> out = new ArrayList<>();
        for (IndexSnapshot ix : t.indexes()) {
            if (!ix.constraint()) {
                out.add(createIndex(t.name(), ix));
            }
        }
        return out;
    }

    @Override
    public List<String> createTable(Change.CreateTable c) {
        List<String> out = new ArrayList<>();
        out.add(createTableStatement(c.definition(), c.definition().name()));
        out.addAll(indexStatements(c.definition()));
        return out;
    }

    @Override
    public List<String> dropTable(Change.DropTable c) {
        return List.of("DROP TABLE " + q(c.table()));
    }

    @Override
    public List<String> renameTable(Change.RenameTable c) {
        return List.of("ALTER TABLE " + q(c.from()) + " RENAME TO " + q(c.to()));
    }

    @Override
    public List<String> addColumn(Change.AddColumn c) {
        return List.of("ALTER TABLE " + q(c.table()) + " ADD COLUMN " + columnDefinition(c.column(), false));
    }

    @Override
    public List<String> dropColumn(Change.DropColumn c) {
        return List.of("ALTER TABLE " + q(c.table()) + " DROP COLUMN " + q(c.column().name()));
    }

    @Override
    public List<String> renameColumn(Change.RenameColumn c) {
        return List.of("ALTER TABLE " + q(c.table()) + " RENAME COLUMN " + q(c.from()) + " TO " + q(c.to()));
    }

    @Override
    public List<String> addIndex(Change.AddIndex c) {
        IndexSnapshot ix = c.index();
        if (ix.constraint()) {
            return List.of("ALTER TABLE " + q(c.table()) + " ADD CONSTRAINT " + q(ix.name()) + " UNIQUE ("
                    + cols(ix.columns()) + ")");
        }
        return List.of(createIndex(c.table(), ix));
    }

    @Override
    public List<String> addForeignKey(Change.AddForeignKey c) {
        return List.of("ALTER TABLE " + q(c.table()) + " ADD CONSTRAINT " + q(c.foreignKey().name()) + " "
                + foreignKeyClause(c.foreignKey()));
    }

    @Override
    public List<String> addCheck(Change.AddCheck c) {
        String name = c.check().name() == null ? "ck_" + c.table() : c.check().name();
        return List.of("ALTER TABLE " + q(c.table()) + " ADD CONSTRAINT " + q(name) + " CHECK ("
                + c.check().expression() + ")");
    }

    @Override
    public List<String> dropCheck(Change.DropCheck c) {
        return List.of("ALTER TABLE " + q(c.table()) + " DROP CONSTRAINT " + q(c.check().name()));
    }

    @Override
    public List<String> rebuildTable(Change.RebuildTable c) {
        throw new UnsupportedFeatureException(dialect.name(), "table rebuild (ALTER TABLE can make every change here)");
    }
}
