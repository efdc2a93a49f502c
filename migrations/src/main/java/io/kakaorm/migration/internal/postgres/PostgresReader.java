package io.kakaorm.migration.internal.postgres;

import io.kakaorm.Row;
import io.kakaorm.dialect.ddl.CheckDef;
import io.kakaorm.dialect.ddl.ColumnDef;
import io.kakaorm.dialect.ddl.ForeignKeyDef;
import io.kakaorm.dialect.ddl.IndexDef;
import io.kakaorm.migration.internal.TableBuilder;
import io.kakaorm.migration.internal.schema.SchemaSnapshot;
import io.kakaorm.vertx.Database;
import io.vertx.core.Future;
import java.util.Map;

/** Reads the tables of {@code current_schema()} from pg_catalog. */
final class PostgresReader {
    private static final String TABLES =
            "SELECT c.relname AS tbl FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                    + " WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') ORDER BY c.relname";
    private static final String COLUMNS = "SELECT c.relname AS tbl, a.attname AS col,"
            + " format_type(a.atttypid, a.atttypmod) AS typ, CASE WHEN a.attnotnull THEN 1 ELSE 0 END AS notnull,"
            + " pg_get_expr(d.adbin, d.adrelid) AS dflt, a.attidentity::text AS ident"
            + " FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum"
            + " WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped"
            + " ORDER BY c.relname, a.attnum";
    private static final String CONSTRAINTS = "SELECT c.relname AS tbl, k.conname AS name, k.contype::text AS kind,"
            + " pg_get_constraintdef(k.oid) AS def,"
            + " array_to_string(ARRAY(SELECT a.attname FROM unnest(k.conkey) WITH ORDINALITY u(n, i)"
            + "   JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.n ORDER BY u.i), ',') AS cols,"
            + " ft.relname AS ftable,"
            + " array_to_string(ARRAY(SELECT a.attname FROM unnest(k.confkey) WITH ORDINALITY u(n, i)"
            + "   JOIN pg_attribute a ON a.attrelid = k.confrelid AND a.attnum = u.n ORDER BY u.i), ',') AS fcols,"
            + " k.confdeltype::text AS del"
            + " FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " LEFT JOIN pg_class ft ON ft.oid = k.confrelid"
            + " WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') ORDER BY c.relname, k.conname";
    private static final String INDEXES = "SELECT t.relname AS tbl, i.relname AS name,"
            + " CASE WHEN x.indisunique THEN 1 ELSE 0 END AS uniq,"
            + " array_to_string(ARRAY(SELECT a.attname FROM unnest(x.indkey::int2[]) WITH ORDINALITY u(n, i)"
            + "   JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = u.n ORDER BY u.i), ',') AS cols"
            + " FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid"
            + " JOIN pg_namespace n ON n.oid = t.relnamespace"
            + " WHERE n.nspname = current_schema() AND NOT x.indisprimary AND x.indexprs IS NULL"
            + " AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid)"
            + " ORDER BY t.relname, i.relname";
    private static final Map<String, String> ON_DELETE =
            Map.of("a", "NO ACTION", "r", "RESTRICT", "c", "CASCADE", "n", "SET NULL", "d", "SET DEFAULT");

    private final Database db;
    private final TableBuilder b = new TableBuilder();

    PostgresReader(Database db) {
        this.db = db;
    }

    Future<SchemaSnapshot> read() {
        return db.fetch(TABLES)
                .compose(rows -> {
                    rows.forEach(r -> b.table(r.getString("tbl")));
                    return db.fetch(COLUMNS);
                })
                .compose(rows -> {
                    rows.forEach(this::column);
                    return db.fetch(CONSTRAINTS);
                })
                .compose(rows -> {
                    rows.forEach(this::constraint);
                    return db.fetch(INDEXES);
                })
                .map(rows -> {
                    rows.forEach(r -> b.index(
                            r.getString("tbl"),
                            new IndexDef(
                                    r.getString("name"),
                                    TableBuilder.names(r.getString("cols")),
                                    r.getLong("uniq") == 1,
                                    false)));
                    return b.build();
                });
    }

    private void column(Row r) {
        String dflt = r.getString("dflt");
        String ident = r.getString("ident");
        boolean auto = (ident != null && !ident.isEmpty()) || (dflt != null && dflt.startsWith("nextval("));
        b.column(
                r.getString("tbl"),
                new ColumnDef(
                        r.getString("col"), r.getString("typ"), r.getLong("notnull") == 0, auto ? null : dflt, auto));
    }

    private void constraint(Row r) {
        String table = r.getString("tbl");
        String name = r.getString("name");
        String def = r.getString("def");
        switch (r.getString("kind")) {
            case "p" -> b.primaryKey(table, TableBuilder.names(r.getString("cols")));
            case "u" -> b.index(table, new IndexDef(name, TableBuilder.names(r.getString("cols")), true, true));
            case "f" ->
                b.foreignKey(
                        table,
                        new ForeignKeyDef(
                                name,
                                TableBuilder.names(r.getString("cols")),
                                r.getString("ftable"),
                                TableBuilder.names(r.getString("fcols")),
                                ON_DELETE.get(r.getString("del"))));
            case "c" -> b.check(table, new CheckDef(name, stripCheck(def)));
            default -> {} // exclusion and not-null constraints are not modelled
        }
    }

    /** {@code CHECK ((price > 0))} → {@code (price > 0)}. */
    static String stripCheck(String def) {
        String s = def.trim();
        if (s.startsWith("CHECK ")) {
            s = s.substring(6).trim();
        }
        int noInherit = s.lastIndexOf(" NO INHERIT");
        return noInherit > 0 ? s.substring(0, noInherit) : s;
    }
}
