package io.kakaorm.dialect.ddl;

import io.kakaorm.dialect.sql.SqlSyntax;
import io.kakaorm.dialect.sql.SqlTypes;
import io.kakaorm.meta.ColumnMeta;
import io.kakaorm.meta.ModelMeta;
import java.util.ArrayList;
import java.util.List;

/**
 * The one writer of CREATE TABLE, CREATE INDEX, column definitions and foreign-key clauses of a database,
 * from a {@link TableDef}; {@code db.createTable()} and the migrations (CREATE TABLE, ADD COLUMN, SQLite's
 * table rebuild) both call it. ANSI form here; a database overrides the hooks where it differs. Stateless
 * and thread-safe.
 */
public abstract class TableDdl {
    protected final SqlTypes types;
    private final char quote;

    protected TableDdl(SqlTypes types, char quote) {
        this.types = types;
        this.quote = quote;
    }

    /** The table {@code model} wants on this database ({@link ModelTables#of}). */
    public TableDef definition(ModelMeta<?> model) {
        return ModelTables.of(model, types);
    }

    /** The SQL type of {@code column} as CREATE TABLE writes it for {@code model}. */
    public String sqlType(ModelMeta<?> model, ColumnMeta column) {
        return ModelTables.sqlType(model, column, types);
    }

    /** The identifier quoted for this database, embedded quotes doubled. */
    public String quote(String identifier) {
        return SqlSyntax.quote(identifier, quote);
    }

    /** CREATE TABLE {@code t} and then the CREATE INDEX statements of its indexes. */
    public List<String> createTable(TableDef t, boolean ifNotExists) {
        List<String> out = new ArrayList<>();
        out.add(createTableStatement(t, t.name(), ifNotExists));
        out.addAll(indexStatements(t, ifNotExists));
        return out;
    }

    /**
     * CREATE TABLE {@code name} with the columns, key, UNIQUE, foreign-key and CHECK constraints of {@code t}
     * (a rebuild creates the new shape under a temporary name); indexes only where the database writes them
     * inline.
     */
    public String createTableStatement(TableDef t, String name, boolean ifNotExists) {
        List<String> parts = new ArrayList<>();
        String soleKey = t.primaryKey().size() == 1 ? t.primaryKey().get(0) : null;
        for (ColumnDef c : t.columns()) {
            parts.add(columnDefinition(c, c.name().equals(soleKey)));
        }
        if (t.primaryKey().size() > 1) {
            parts.add("PRIMARY KEY (" + columnList(t.primaryKey()) + ")");
        }
        for (IndexDef ix : t.indexes()) {
            if (ix.constraint()) {
                parts.add(constraint(ix.name()) + "UNIQUE (" + columnList(ix.columns()) + ")");
            }
        }
        for (ForeignKeyDef fk : t.foreignKeys()) {
            parts.add(constraint(fk.name()) + foreignKeyClause(fk));
        }
        for (CheckDef ck : t.checks()) {
            parts.add(constraint(ck.name()) + "CHECK (" + ck.expression() + ")");
        }
        parts.addAll(inlineIndexes(t));
        return "CREATE TABLE " + (ifNotExists ? "IF NOT EXISTS " : "") + quote(name) + " (" + String.join(", ", parts)
                + ")" + tableOptions();
    }

    /**
     * A column's definition inside CREATE TABLE, ADD COLUMN or MODIFY COLUMN: name, type, NOT NULL, DEFAULT;
     * with {@code soleKey}, the inline PRIMARY KEY (and the database's generated-key form for an
     * auto-increment column).
     */
    public String columnDefinition(ColumnDef c, boolean soleKey) {
        StringBuilder b = new StringBuilder(quote(c.name())).append(' ');
        if (c.autoIncrement()) {
            return b.append(autoIncrementColumn(c, soleKey)).toString();
        }
        b.append(c.type());
        if (!c.nullable()) {
            b.append(" NOT NULL");
        }
        if (c.defaultSql() != null) {
            b.append(" DEFAULT ").append(c.defaultSql());
        }
        if (soleKey) {
            b.append(" PRIMARY KEY");
        }
        return b.toString();
    }

    /** The definition of a generated-key column after its quoted name. */
    protected abstract String autoIncrementColumn(ColumnDef c, boolean soleKey);

    /** {@code CONSTRAINT "name" } before a table constraint, or nothing for an unnamed one. */
    public String constraint(String name) {
        return name == null ? "" : "CONSTRAINT " + quote(name) + " ";
    }

    /** {@code FOREIGN KEY (…) REFERENCES t (…) ON DELETE …}, without the constraint name. */
    public String foreignKeyClause(ForeignKeyDef fk) {
        return "FOREIGN KEY (" + columnList(fk.columns()) + ") REFERENCES " + quote(fk.targetTable()) + " ("
                + columnList(fk.targetColumns()) + ") ON DELETE " + fk.onDelete();
    }

    /** CREATE [UNIQUE] INDEX of {@code ix} on {@code table}. */
    public String createIndex(String table, IndexDef ix, boolean ifNotExists) {
        return "CREATE " + (ix.unique() ? "UNIQUE " : "") + "INDEX " + (ifNotExists ? "IF NOT EXISTS " : "")
                + quote(ix.name()) + " ON " + quote(table) + " (" + columnList(ix.columns()) + ")";
    }

    /** The CREATE INDEX statements of {@code t}'s indexes (not its UNIQUE constraints) that are not inline. */
    public List<String> indexStatements(TableDef t, boolean ifNotExists) {
        List<String> out = new ArrayList<>();
        for (IndexDef ix : t.indexes()) {
            if (!ix.constraint()) {
                out.add(createIndex(t.name(), ix, ifNotExists));
            }
        }
        return out;
    }

    /** DROP TABLE (its indexes go with it). */
    public List<String> dropTable(String table, boolean ifExists) {
        return List.of("DROP TABLE " + (ifExists ? "IF EXISTS " : "") + quote(table));
    }

    /** Index definitions written inside CREATE TABLE (none in ANSI: they are separate statements). */
    protected List<String> inlineIndexes(TableDef t) {
        return List.of();
    }

    /** What follows the closing parenthesis of CREATE TABLE (e.g. MySQL's ENGINE). */
    protected String tableOptions() {
        return "";
    }

    /** The quoted names, comma-separated. */
    public String columnList(List<String> names) {
        List<String> q = new ArrayList<>(names.size());
        for (String n : names) {
            q.add(quote(n));
        }
        return String.join(", ", q);
    }
}
