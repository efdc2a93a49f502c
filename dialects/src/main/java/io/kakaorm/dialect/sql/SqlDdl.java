package io.kakaorm.dialect.sql;

import io.kakaorm.meta.ColumnMeta;
import io.kakaorm.meta.ForeignKeyMeta;
import io.kakaorm.meta.IndexMeta;
import io.kakaorm.meta.ModelMeta;
import java.util.ArrayList;
import java.util.List;

/**
 * CREATE/DROP TABLE and CREATE INDEX from model metadata, in ANSI form; a dialect overrides the
 * column and table hooks where its database differs. Stateless and thread-safe.
 */
public abstract class SqlDdl {
    protected final SqlTypes types;

    protected SqlDdl(SqlTypes types) {
        this.types = types;
    }

    /** The identifier quoted for this database. */
    protected abstract String quote(String identifier);

    /** The primary-key column definition of a generated key, after the quoted name. */
    protected abstract String autoIncrementColumn(ColumnMeta column);

    /** CREATE TABLE and then its CREATE INDEX statements. */
    public List<String> createTable(ModelMeta<?> model, boolean ifNotExists) {
        StringBuilder b = new StringBuilder(256).append("CREATE TABLE ");
        if (ifNotExists) {
            b.append("IF NOT EXISTS ");
        }
        b.append(quote(model.table())).append(" (");
        List<String> parts = new ArrayList<>();
        for (ColumnMeta c : model.columns()) {
            parts.add(column(model, c));
        }
        for (ColumnMeta c : model.columns()) {
            if (c.foreignKey() != null) {
                parts.add(foreignKey(model, c, c.foreignKey()));
            }
        }
        parts.addAll(inlineIndexes(model));
        b.append(String.join(", ", parts)).append(')');
        b.append(tableOptions());
        List<String> out = new ArrayList<>();
        out.add(b.toString());
        out.addAll(indexStatements(model, ifNotExists));
        return out;
    }

    /** DROP TABLE (its indexes go with it). */
    public List<String> dropTable(ModelMeta<?> model, boolean ifExists) {
        return List.of("DROP TABLE " + (ifExists ? "IF EXISTS " : "") + quote(model.table()));
    }

    /** The SQL type of {@code column} as CREATE TABLE writes it for {@code model}. */
    public String sqlType(ModelMeta<?> model, ColumnMeta column) {
        return types.sqlType(column, keyed(model, column));
    }

    /** Whether {@code c} is in the primary key, a unique constraint, a foreign key or an index. */
    public static boolean keyed(ModelMeta<?> model, ColumnMeta c) {
        if (c.primaryKey() || c.unique() || c.indexed() || c.foreignKey() != null) {
            return true;
        }
        if (model != null) {
            for (IndexMeta ix : model.indexes()) {
                if (ix.columns().contains(c.name())) {
                    return true;
                }
            }
        }
        return false;
    }

    protected String column(ModelMeta<?> model, ColumnMeta c) {
        StringBuilder b = new StringBuilder(quote(c.name())).append(' ');
        if (c.primaryKey() && c.autoIncrement()) {
            return b.append(autoIncrementColumn(c)).toString();
        }
        b.append(sqlType(model, c));
        if (!c.nullable()) {
            b.append(" NOT NULL");
        }
        if (c.defaultValue() != null) {
            b.append(" DEFAULT ").append(types.defaultLiteral(c));
        }
        if (c.primaryKey()) {
            b.append(" PRIMARY KEY");
        }
        if (c.unique()) {
            b.append(" UNIQUE");
        }
        if (c.check() != null) {
            b.append(" CHECK (").append(c.check()).append(')');
        }
        return b.toString();
    }

    protected String foreignKey(ModelMeta<?> model, ColumnMeta c, ForeignKeyMeta fk) {
        return "CONSTRAINT " + quote(name("fk_" + model.table() + "_" + c.name())) + " FOREIGN KEY (" + quote(c.name())
                + ") REFERENCES " + quote(fk.targetTable()) + " (" + quote(fk.targetColumn()) + ") ON DELETE "
                + fk.onDelete().sql();
    }

    /**
     * A constraint or index name that every database keeps whole: PostgreSQL cuts names at 63 bytes
     * (and MySQL refuses more than 64), so a longer one becomes its first 54 characters, {@code _} and
     * 8 hex digits of its hash.
     */
    public static String name(String wanted) {
        if (wanted.length() <= 63) {
            return wanted;
        }
        return wanted.substring(0, 54) + "_" + String.format("%08x", wanted.hashCode());
    }

    /** Index definitions written inside CREATE TABLE (none in ANSI: they are separate statements). */
    protected List<String> inlineIndexes(ModelMeta<?> model) {
        return List.of();
    }

    /** What follows the closing parenthesis of CREATE TABLE (e.g. MySQL's ENGINE). */
    protected String tableOptions() {
        return "";
    }

    protected List<String> indexStatements(ModelMeta<?> model, boolean ifNotExists) {
        List<String> out = new ArrayList<>();
        for (IndexMeta ix : model.indexes()) {
            out.add("CREATE " + (ix.unique() ? "UNIQUE " : "") + "INDEX " + (ifNotExists ? "IF NOT EXISTS " : "")
                    + quote(name(ix.name())) + " ON " + quote(model.table()) + " (" + columnList(ix.columns()) + ")");
        }
        return out;
    }

    protected String columnList(List<String> names) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                b.append(", ");
            }
            b.append(quote(names.get(i)));
        }
        return b.toString();
    }
}
