package io.kakaorm.migration.internal;

import io.kakaorm.migration.schema.CheckSnapshot;
import io.kakaorm.migration.schema.ColumnSnapshot;
import io.kakaorm.migration.schema.ForeignKeySnapshot;
import io.kakaorm.migration.schema.IndexSnapshot;
import io.kakaorm.migration.schema.SchemaSnapshot;
import io.kakaorm.migration.schema.TableSnapshot;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects the parts of tables while reading a catalog, then builds the snapshot. Not thread-safe. */
public final class TableBuilder {
    private final Map<String, Parts> tables = new LinkedHashMap<>();

    private static final class Parts {
        final List<ColumnSnapshot> columns = new ArrayList<>();
        List<String> primaryKey = List.of();
        final List<IndexSnapshot> indexes = new ArrayList<>();
        final List<ForeignKeySnapshot> foreignKeys = new ArrayList<>();
        final List<CheckSnapshot> checks = new ArrayList<>();
    }

    private Parts parts(String table) {
        return tables.computeIfAbsent(table, t -> new Parts());
    }

    /** Registers a table (so that one without columns still appears). */
    public TableBuilder table(String table) {
        parts(table);
        return this;
    }

    public TableBuilder column(String table, ColumnSnapshot c) {
        parts(table).columns.add(c);
        return this;
    }

    public TableBuilder primaryKey(String table, List<String> columns) {
        parts(table).primaryKey = List.copyOf(columns);
        return this;
    }

    public TableBuilder index(String table, IndexSnapshot ix) {
        parts(table).indexes.add(ix);
        return this;
    }

    public TableBuilder foreignKey(String table, ForeignKeySnapshot fk) {
        parts(table).foreignKeys.add(fk);
        return this;
    }

    public TableBuilder check(String table, CheckSnapshot ck) {
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
        List<TableSnapshot> out = new ArrayList<>();
        tables.forEach((name, p) -> {
            List<ColumnSnapshot> cols = new ArrayList<>();
            for (ColumnSnapshot c : p.columns) {
                // a primary-key column is NOT NULL whatever the catalog says (SQLite reports 0)
                cols.add(p.primaryKey.contains(c.name()) && c.nullable()
                        ? new ColumnSnapshot(c.name(), c.type(), false, c.defaultSql(), c.autoIncrement()) : c);
            }
            out.add(new TableSnapshot(name, cols, p.primaryKey, p.indexes, p.foreignKeys, p.checks));
        });
        return SchemaSnapshot.of(out);
    }
}
