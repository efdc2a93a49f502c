package io.kakaorm.vertx.internal.write;

import io.kakaorm.UnsupportedFeatureException;
import io.kakaorm.dialect.Dialect;
import io.kakaorm.meta.ModelMeta;
import io.kakaorm.vertx.TruncateRefusedException;
import io.kakaorm.vertx.internal.DatabaseImpl;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * {@code Database.truncate}: empties a table and restarts its key sequence. Tables whose foreign keys
 * point at it make it refuse, unless asked to cascade: then they are emptied too (children first).
 * The dialect says which tables reference a table ({@code Dialect.referencingTables()}); the database's
 * provider empties them ({@code BackendProvider.emptyTables}).
 */
public final class Truncation {
    private final DatabaseImpl db;

    public Truncation(DatabaseImpl db) {
        this.db = db;
    }

    public Future<Void> run(ModelMeta<?> meta, boolean cascade) {
        String sql = db.dialect().referencingTables();
        if (sql == null) {
            return Future.failedFuture(
                    new UnsupportedFeatureException(db.dialect().name(), "truncate()"));
        }
        List<String> order = new ArrayList<>();
        return collect(sql, meta.table(), cascade, new LinkedHashSet<>(), order).compose(v -> {
            order.add(meta.table());
            return empty(order);
        });
    }

    /** Adds the tables referencing {@code table}, deepest first, into {@code order}. */
    private Future<Void> collect(
            String sql, String table, boolean cascade, LinkedHashSet<String> seen, List<String> order) {
        return db.fetch(sql, table).compose(rows -> {
            List<String> refs =
                    rows.stream().map(r -> unquote(String.valueOf(r.get("t")))).toList();
            if (!refs.isEmpty() && !cascade) {
                return Future.failedFuture(new TruncateRefusedException(table, refs));
            }
            Future<Void> f = Future.succeededFuture();
            for (String ref : refs) {
                if (seen.add(ref)) {
                    f = f.compose(v -> collect(sql, ref, true, seen, order)).map(v -> {
                        order.add(ref);
                        return null;
                    });
                }
            }
            return f;
        });
    }

    private Future<Void> empty(List<String> tables) {
        Dialect d = db.dialect();
        return db.provider()
                .emptyTables(db, tables, tables.stream().map(d::quote).toList());
    }

    private static String unquote(String t) {
        return t.length() > 1 && t.startsWith("\"") && t.endsWith("\"")
                ? t.substring(1, t.length() - 1).replace("\"\"", "\"")
                : t;
    }
}
