package io.kakaorm.migration.internal;

import io.kakaorm.dialect.ddl.CheckDef;
import io.kakaorm.dialect.ddl.ColumnDef;
import io.kakaorm.dialect.ddl.ForeignKeyDef;
import io.kakaorm.dialect.ddl.IndexDef;
import io.kakaorm.dialect.ddl.TableDef;
import io.kakaorm.migration.internal.schema.SchemaSnapshot;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects the parts of tables while reading a catalog, then builds the snapshot. Not thread-safe. */
public final class TableBuilder {
    private final Map<String, Parts> tables = new LinkedHashMap<>();

    private static final class Parts {
        final List<ColumnDef> columns = new ArrayList<>();
        List<String> primaryKey = List.of();
        final List<IndexDef> indexes = new ArrayList<>();
        final List<ForeignKeyDef> foreignKeys = new ArrayList<>();
        final List<CheckDef> checks = new ArrayList<>();
    }

    private Parts parts(String table) {
        return tables.computeIfAbsent(table, t -> new Parts());
    }

    /** Registers a table (so that one without columns still appears). */
    public TableBuilder table(String table) {
        parts(table);
        return this;
    }

    public TableBuilder column(String table, ColumnDef c) {
        parts(table).columns.add(c);
        return this;
    }

    public TableBuilder primaryKey(String table, List<String> columns) {
        parts(table).primaryKey = List.copyOf(columns);
        return this;
    }

    public TableBuilder index(String table, IndexDef ix) {
        parts(table).indexes.add(ix);
        return this;
    }

    public TableBuilder foreignKey(String table, ForeignKeyDef fk) {
        parts(table).foreignKeys.add(fk);
        return this;
    }

    public TableBuilder check(String table, CheckDef ck) {
        parts(table).checks.add(ck);
        return this;
    }

    /** Whether {@code table} has a column named {@code column} in its primary key. */
    public boolean inPrimaryKey(String table, String column) {
        return parts(table).primaryKey.contains(column);
    }

    /** Splits a comma-separated list of names. */
    public static List<String> names(String csv) {
        return csv == null || csv.isEmpty() ? List.of() : Arrays.asList(csv.split(","));
    }

    public SchemaSnapshot build() {
        List<TableDef> out = new ArrayList<>();
        tables.forEach((name, p) -> {
            List<ColumnDef> cols = new ArrayList<>();
            for (ColumnDef c : p.columns) {
                // a primary-key column is NOT NULL whatever the catalog says (SQLite reports 0)
                cols.add(
                        p.primaryKey.contains(c.name()) && c.nullable()
                                ? new ColumnDef(c.name(), c.type(), false, c.defaultSql(), c.autoIncrement())
                                : c);
            }
            out.add(new TableDef(name, cols, p.primaryKey, p.indexes, p.foreignKeys, p.checks));
        });
        return SchemaSnapshot.of(out);
    }
}
