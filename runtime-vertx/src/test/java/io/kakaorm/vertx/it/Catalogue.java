package io.kakaorm.vertx.it;

import static io.kakaorm.vertx.testing.TestDatabases.await;

import io.kakaorm.Row;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.testing.TestDb;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads what a table really is from each database's catalogue, in one shape for every database. The
 * catalogue queries differ per database; they are data here, and the assertions are shared.
 */
final class Catalogue {
    /** A column as the catalogue describes it. */
    record Col(String name, String type, boolean notNull, String defaultValue, Integer maxLength) {}

    /** An index: its columns in order and whether it is unique. */
    record Idx(List<String> columns, boolean unique) {}

    /** A foreign key: referenced table and ON DELETE rule (upper case, e.g. SET NULL). */
    record Fk(String refTable, String onDelete) {}

    private static final Map<TestDb, String> COLUMNS = Map.of(
            TestDb.POSTGRES,
                    "SELECT column_name AS n, data_type AS t, is_nullable AS nl, column_default AS d, "
                            + "character_maximum_length AS ml FROM information_schema.columns "
                            + "WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position",
            TestDb.MYSQL,
                    "SELECT column_name AS n, column_type AS t, is_nullable AS nl, column_default AS d, "
                            + "character_maximum_length AS ml FROM information_schema.columns "
                            + "WHERE table_schema = DATABASE() AND table_name = ? ORDER BY ordinal_position",
            TestDb.SQLITE,
                    "SELECT name AS n, type AS t, CASE WHEN \"notnull\" = 1 OR pk = 1 THEN 'NO' ELSE 'YES' END AS nl, "
                            + "dflt_value AS d, NULL AS ml FROM pragma_table_info(?) ORDER BY cid");

    private static final Map<TestDb, String> PRIMARY_KEY = Map.of(
            TestDb.POSTGRES,
                    "SELECT kcu.column_name AS n FROM information_schema.table_constraints tc "
                            + "JOIN information_schema.key_column_usage kcu ON kcu.constraint_name = tc.constraint_name "
                            + "AND kcu.constraint_schema = tc.constraint_schema "
                            + "WHERE tc.table_schema = current_schema() AND tc.table_name = ? AND tc.constraint_type = 'PRIMARY KEY'",
            TestDb.MYSQL,
                    "SELECT column_name AS n FROM information_schema.key_column_usage "
                            + "WHERE table_schema = DATABASE() AND table_name = ? AND constraint_name = 'PRIMARY'",
            TestDb.SQLITE, "SELECT name AS n FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk");

    private static final Map<TestDb, String> INDEXES = Map.of(
            TestDb.POSTGRES,
                    "SELECT i.relname AS idx, a.attname AS col, ix.indisunique AS uq, "
                            + "array_position(ix.indkey::int2[], a.attnum) AS pos FROM pg_index ix "
                            + "JOIN pg_class t ON t.oid = ix.indrelid JOIN pg_class i ON i.oid = ix.indexrelid "
                            + "JOIN pg_namespace ns ON ns.oid = t.relnamespace "
                            + "JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = ANY(ix.indkey) "
                            + "WHERE ns.nspname = current_schema() AND t.relname = ? AND NOT ix.indisprimary ORDER BY idx, pos",
            TestDb.MYSQL,
                    "SELECT index_name AS idx, column_name AS col, CASE WHEN non_unique = 0 THEN 1 ELSE 0 END AS uq, "
                            + "seq_in_index AS pos FROM information_schema.statistics "
                            + "WHERE table_schema = DATABASE() AND table_name = ? AND index_name <> 'PRIMARY' "
                            + "ORDER BY idx, pos",
            TestDb.SQLITE,
                    "SELECT il.name AS idx, ii.name AS col, il.\"unique\" AS uq, ii.seqno AS pos "
                            + "FROM pragma_index_list(?) il JOIN pragma_index_info(il.name) ii WHERE il.origin <> 'pk' "
                            + "ORDER BY idx, pos");

    private static final Map<TestDb, String> FOREIGN_KEYS = Map.of(
            TestDb.POSTGRES,
                    "SELECT kcu.column_name AS col, ccu.table_name AS ref, rc.delete_rule AS rule "
                            + "FROM information_schema.referential_constraints rc "
                            + "JOIN information_schema.key_column_usage kcu ON kcu.constraint_name = rc.constraint_name "
                            + "AND kcu.constraint_schema = rc.constraint_schema "
                            + "JOIN information_schema.constraint_column_usage ccu ON ccu.constraint_name = rc.constraint_name "
                            + "AND ccu.constraint_schema = rc.constraint_schema "
                            + "WHERE kcu.table_schema = current_schema() AND kcu.table_name = ?",
            TestDb.MYSQL,
                    "SELECT kcu.column_name AS col, kcu.referenced_table_name AS ref, rc.delete_rule AS rule "
                            + "FROM information_schema.referential_constraints rc "
                            + "JOIN information_schema.key_column_usage kcu ON kcu.constraint_name = rc.constraint_name "
                            + "AND kcu.constraint_schema = rc.constraint_schema AND kcu.table_name = rc.table_name "
                            + "WHERE rc.constraint_schema = DATABASE() AND rc.table_name = ?",
            TestDb.SQLITE,
                    "SELECT \"from\" AS col, \"table\" AS ref, on_delete AS rule FROM pragma_foreign_key_list(?)");

    private Catalogue() {}

    static Map<String, Col> columns(Database db, TestDb which, String table) {
        Map<String, Col> out = new TreeMap<>();
        for (Row r : await(db.fetch(COLUMNS.get(which), table))) {
            Object ml = r.get("ml");
            out.put(
                    r.getString("n"),
                    new Col(
                            r.getString("n"),
                            r.getString("t").toLowerCase(Locale.ROOT),
                            "NO".equals(r.getString("nl")),
                            r.getString("d"),
                            ml == null ? null : ((Number) ml).intValue()));
        }
        return out;
    }

    static List<String> primaryKey(Database db, TestDb which, String table) {
        List<String> out = new ArrayList<>();
        for (Row r : await(db.fetch(PRIMARY_KEY.get(which), table))) {
            out.add(r.getString("n"));
        }
        return out;
    }

    /** Non-primary indexes by name. */
    static Map<String, Idx> indexes(Database db, TestDb which, String table) {
        Map<String, Idx> out = new TreeMap<>();
        for (Row r : await(db.fetch(INDEXES.get(which), table))) {
            String name = r.getString("idx");
            Idx old = out.get(name);
            List<String> cols = old == null ? new ArrayList<>() : new ArrayList<>(old.columns());
            cols.add(r.getString("col"));
            out.put(name, new Idx(cols, r.getBoolean("uq")));
        }
        return out;
    }

    /** Foreign keys by column. */
    static Map<String, Fk> foreignKeys(Database db, TestDb which, String table) {
        Map<String, Fk> out = new TreeMap<>();
        for (Row r : await(db.fetch(FOREIGN_KEYS.get(which), table))) {
            out.put(
                    r.getString("col"),
                    new Fk(r.getString("ref"), r.getString("rule").toUpperCase(Locale.ROOT)));
        }
        return out;
    }
}
