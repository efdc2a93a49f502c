package io.kakaorm.migration.internal.mysql;

import io.kakaorm.Row;
import io.kakaorm.dialect.ddl.CheckDef;
import io.kakaorm.dialect.ddl.ColumnDef;
import io.kakaorm.dialect.ddl.ForeignKeyDef;
import io.kakaorm.dialect.ddl.IndexDef;
import io.kakaorm.migration.internal.Canonical;
import io.kakaorm.migration.internal.TableBuilder;
import io.kakaorm.migration.internal.schema.SchemaSnapshot;
import io.kakaorm.vertx.Database;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the tables of {@code DATABASE()} from information_schema. */
final class MySqlReader {
    private static final String TABLES = "SELECT TABLE_NAME AS tbl FROM information_schema.TABLES"
            + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME";
    private static final String COLUMNS = "SELECT TABLE_NAME AS tbl, COLUMN_NAME AS col, COLUMN_TYPE AS typ,"
            + " IS_NULLABLE AS nullable, COLUMN_DEFAULT AS dflt, EXTRA AS extra FROM information_schema.COLUMNS"
            + " WHERE TABLE_SCHEMA = DATABASE() ORDER BY TABLE_NAME, ORDINAL_POSITION";
    private static final String INDEXES = "SELECT TABLE_NAME AS tbl, INDEX_NAME AS name, NON_UNIQUE AS nonuniq,"
            + " COLUMN_NAME AS col FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE()"
            + " ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX";
    private static final String FOREIGN_KEYS = "SELECT k.TABLE_NAME AS tbl, k.CONSTRAINT_NAME AS name,"
            + " k.COLUMN_NAME AS col, k.REFERENCED_TABLE_NAME AS ftable, k.REFERENCED_COLUMN_NAME AS fcol,"
            + " r.DELETE_RULE AS del FROM information_schema.KEY_COLUMN_USAGE k"
            + " JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA"
            + " AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME"
            + " WHERE k.TABLE_SCHEMA = DATABASE() AND k.REFERENCED_TABLE_NAME IS NOT NULL"
            + " ORDER BY k.TABLE_NAME, k.CONSTRAINT_NAME, k.ORDINAL_POSITION";
    private static final String CHECKS = "SELECT TABLE_NAME AS tbl, CONSTRAINT_NAME AS name, CHECK_CLAUSE AS expr"
            + " FROM information_schema.CHECK_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE()"
            + " ORDER BY TABLE_NAME, CONSTRAINT_NAME";

    private final Database db;
    private final TableBuilder b = new TableBuilder();
    private final Map<String, ColumnDef> columns = new LinkedHashMap<>();

    MySqlReader(Database db) {
        this.db = db;
    }

    Future<SchemaSnapshot> read() {
        Map<String, List<Row>> indexRows = new LinkedHashMap<>();
        Map<String, List<Row>> fkRows = new LinkedHashMap<>();
        return db.fetch(TABLES)
                .compose(rows -> {
                    rows.forEach(r -> b.table(r.getString("tbl")));
                    return db.fetch(COLUMNS);
                })
                .compose(rows -> {
                    rows.forEach(this::column);
                    return db.fetch(FOREIGN_KEYS);
                })
                .compose(rows -> {
                    rows.forEach(r -> fkRows.computeIfAbsent(
                                    r.getString("tbl") + "\u0000" + r.getString("name"), k -> new ArrayList<>())
                            .add(r));
                    return db.fetch(INDEXES);
                })
                .compose(rows -> {
                    rows.forEach(r -> indexRows
                            .computeIfAbsent(
                                    r.getString("tbl") + "\u0000" + r.getString("name"), k -> new ArrayList<>())
                            .add(r));
                    return db.fetch(CHECKS);
                })
                .map(rows -> {
                    List<ForeignKeyDef> fks = new ArrayList<>();
                    fkRows.values().forEach(g -> fks.add(foreignKey(g)));
                    indexRows.values().forEach(g -> index(g, fkRows));
                    rows.forEach(this::check);
                    columns.forEach((key, c) -> b.column(key.substring(0, key.indexOf('\u0000')), c));
                    return b.build();
                });
    }

    private void column(Row r) {
        String extra = r.getString("extra") == null ? "" : r.getString("extra").toLowerCase();
        boolean auto = extra.contains("auto_increment");
        columns.put(
                r.getString("tbl") + "\u0000" + r.getString("col"),
                new ColumnDef(
                        r.getString("col"),
                        r.getString("typ"),
                        "YES".equals(r.getString("nullable")),
                        auto ? null : r.getString("dflt"),
                        auto));
    }

    /**
     * A CHECK, except the one MariaDB adds to a {@code JSON} column (a LONGTEXT with {@code json_valid(col)}
     * named after the column): that column is read back as the {@code JSON} it was declared.
     */
    private void check(Row r) {
        String table = r.getString("tbl");
        String name = r.getString("name");
        String key = table + "\u0000" + name;
        ColumnDef c = columns.get(key);
        if (c != null
                && c.type().equalsIgnoreCase("longtext")
                && Canonical.check(r.getString("expr")).equals(Canonical.check("json_valid(" + name + ")"))) {
            columns.put(key, new ColumnDef(c.name(), "json", c.nullable(), c.defaultSql(), c.autoIncrement()));
            return;
        }
        b.check(table, new CheckDef(name, r.getString("expr")));
    }

    private static boolean madeForForeignKey(
            String table, String name, List<String> cols, Map<String, List<Row>> fkRows) {
        if (fkRows.containsKey(table + "\u0000" + name)) {
            return true;
        }
        for (List<Row> g : fkRows.values()) {
            if (g.get(0).getString("tbl").equals(table)
                    && g.size() == cols.size()
                    && g.get(0).getString("col").equals(cols.get(0))
                    && name.equals(cols.get(0))) {
                return true;
            }
        }
        return false;
    }

    private ForeignKeyDef foreignKey(List<Row> g) {
        List<String> cols = new ArrayList<>();
        List<String> fcols = new ArrayList<>();
        g.forEach(r -> {
            cols.add(r.getString("col"));
            fcols.add(r.getString("fcol"));
        });
        Row r = g.get(0);
        ForeignKeyDef fk =
                new ForeignKeyDef(r.getString("name"), cols, r.getString("ftable"), fcols, r.getString("del"));
        b.foreignKey(r.getString("tbl"), fk);
        return fk;
    }

    private void index(List<Row> g, Map<String, List<Row>> fkRows) {
        Row r = g.get(0);
        String table = r.getString("tbl");
        String name = r.getString("name");
        List<String> cols = new ArrayList<>();
        g.forEach(x -> cols.add(x.getString("col")));
        if (name.equals("PRIMARY")) {
            b.primaryKey(table, cols);
            return;
        }
        boolean unique = r.getLong("nonuniq") == 0;
        if (!unique && madeForForeignKey(table, name, cols, fkRows)) {
            return; // the index InnoDB made for a foreign key
        }
        b.index(table, new IndexDef(name, cols, unique, false));
    }
}
