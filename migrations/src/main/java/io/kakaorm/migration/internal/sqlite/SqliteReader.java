package io.kakaorm.migration.internal.sqlite;

import io.kakaorm.Row;
import io.kakaorm.dialect.ddl.ColumnDef;
import io.kakaorm.dialect.ddl.ForeignKeyDef;
import io.kakaorm.dialect.ddl.IndexDef;
import io.kakaorm.migration.internal.CreateTableChecks;
import io.kakaorm.migration.internal.TableBuilder;
import io.kakaorm.migration.internal.schema.SchemaSnapshot;
import io.kakaorm.vertx.Database;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Reads the tables of the main database through the {@code pragma_*} table functions and sqlite_master. */
final class SqliteReader {
    private final Database db;
    private final TableBuilder b = new TableBuilder();

    SqliteReader(Database db) {
        this.db = db;
    }

    Future<SchemaSnapshot> read() {
        return db.fetch("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                        + " AND name NOT LIKE '" + SqliteSchemaDdl.REBUILD_PREFIX + "%' ORDER BY name")
                .compose(tables -> {
                    Future<Void> chain = Future.succeededFuture();
                    for (Row t : tables) {
                        chain = chain.compose(v -> table(t.getString("name"), t.getString("sql")));
                    }
                    return chain;
                })
                .map(v -> b.build());
    }

    private Future<Void> table(String name, String sql) {
        b.table(name);
        boolean autoincrement = sql != null && sql.toUpperCase(Locale.ROOT).contains("AUTOINCREMENT");
        return db.fetch(
                        "SELECT name, type, \"notnull\" AS nn, dflt_value AS dflt, pk FROM pragma_table_info(?) ORDER BY cid",
                        name)
                .compose(cols -> {
                    Map<Long, String> pk = new TreeMap<>();
                    for (Row c : cols) {
                        if (c.getLong("pk") > 0) {
                            pk.put(c.getLong("pk"), c.getString("name"));
                        }
                    }
                    for (Row c : cols) {
                        String type = c.getString("type") == null ? "" : c.getString("type");
                        // INTEGER PRIMARY KEY is the rowid: the database numbers it, AUTOINCREMENT or not
                        boolean auto = pk.size() == 1
                                && c.getLong("pk") == 1
                                && (type.equalsIgnoreCase("INTEGER") || autoincrement);
                        b.column(
                                name,
                                new ColumnDef(
                                        c.getString("name"),
                                        type,
                                        c.getLong("nn") == 0,
                                        auto ? null : c.getString("dflt"),
                                        auto));
                    }
                    b.primaryKey(name, new ArrayList<>(pk.values()));
                    CreateTableChecks.of(sql).forEach(ck -> b.check(name, ck));
                    return db.fetch(
                            "SELECT id, seq, \"table\" AS ftable, \"from\" AS col, \"to\" AS fcol, on_delete"
                                    + " FROM pragma_foreign_key_list(?) ORDER BY id, seq",
                            name);
                })
                .compose(fks -> foreignKeys(name, fks))
                .compose(v -> db.fetch(
                        "SELECT name, \"unique\" AS uniq, origin FROM pragma_index_list(?) ORDER BY name", name))
                .compose(ixs -> {
                    Future<Void> chain = Future.succeededFuture();
                    for (Row ix : ixs) {
                        if ("pk".equals(ix.getString("origin"))) {
                            continue;
                        }
                        chain = chain.compose(v -> db.fetch(
                                        "SELECT name FROM pragma_index_info(?) ORDER BY seqno", ix.getString("name"))
                                .map(cs -> {
                                    List<String> cols = new ArrayList<>();
                                    cs.forEach(r -> cols.add(r.getString("name")));
                                    boolean constraint = "u".equals(ix.getString("origin"));
                                    b.index(
                                            name,
                                            new IndexDef(
                                                    ix.getString("name"), cols, ix.getLong("uniq") == 1, constraint));
                                    return null;
                                }));
                    }
                    return chain;
                });
    }

    private Future<Void> foreignKeys(String table, List<Row> rows) {
        Map<Long, List<Row>> byId = new LinkedHashMap<>();
        rows.forEach(r ->
                byId.computeIfAbsent(r.getLong("id"), k -> new ArrayList<>()).add(r));
        Future<Void> chain = Future.succeededFuture();
        for (List<Row> g : byId.values()) {
            chain = chain.compose(v -> targetColumns(g).map(fcols -> {
                List<String> cols = new ArrayList<>();
                g.forEach(r -> cols.add(r.getString("col")));
                b.foreignKey(
                        table,
                        new ForeignKeyDef(
                                null,
                                cols,
                                g.get(0).getString("ftable"),
                                fcols,
                                g.get(0).getString("on_delete")));
                return null;
            }));
        }
        return chain;
    }

    /** The referenced columns; SQLite leaves them NULL when the key references the primary key implicitly. */
    private Future<List<String>> targetColumns(List<Row> g) {
        if (g.get(0).getString("fcol") != null) {
            List<String> out = new ArrayList<>();
            g.forEach(r -> out.add(r.getString("fcol")));
            return Future.succeededFuture(out);
        }
        return db.fetch(
                        "SELECT name FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk",
                        g.get(0).getString("ftable"))
                .map(rows -> {
                    List<String> out = new ArrayList<>();
                    rows.forEach(r -> out.add(r.getString("name")));
                    return out;
                });
    }
}
