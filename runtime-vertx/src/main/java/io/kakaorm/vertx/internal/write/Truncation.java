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
 * The dialect says which tables reference a table ({@code Dialect.referencingTables()}); how each database
 * empties tables is below, by dialect name.
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
        List<String> quoted = tables.stream().map(d::quote).toList();
        switch (d.name()) {
            case "postgres":
                return db.execute("TRUNCATE TABLE " + String.join(", ", quoted) + " RESTART IDENTITY")
                        .mapEmpty();
            case "mysql":
                // TRUNCATE restarts AUTO_INCREMENT; InnoDB refuses it on a referenced table even when the
                // referencing ones are empty, so the checks are off for these statements on one connection
                return db.transaction(tx -> {
                    Future<Integer> f = db.execute("SET FOREIGN_KEY_CHECKS = 0");
                    for (String q : quoted) {
                        f = f.compose(n -> db.execute("TRUNCATE TABLE " + q));
                    }
                    return f.eventually(() -> db.execute("SET FOREIGN_KEY_CHECKS = 1"))
                            .mapEmpty();
                });
            default:
                return db.transaction(tx -> {
                    Future<Integer> f = Future.succeededFuture(0);
                    for (String q : quoted) {
                        f = f.compose(n -> db.execute("DELETE FROM " + q));
                    }
                    return f.compose(n -> db.fetch("SELECT name FROM sqlite_master WHERE name = 'sqlite_sequence'"))
                            .compose(seq -> seq.isEmpty()
                                    ? Future.succeededFuture(0)
                                    : db.execute(
                                            "DELETE FROM sqlite_sequence WHERE name IN ("
                                                    + String.join(
                                                            ", ",
                                                            tables.stream()
                                                                    .map(t -> "?")
                                                                    .toList()) + ")",
                                            new ArrayList<Object>(tables)))
                            .mapEmpty();
                });
        }
    }

    private static String unquote(String t) {
        return t.length() > 1 && t.startsWith("\"") && t.endsWith("\"")
                ? t.substring(1, t.length() - 1).replace("\"\"", "\"")
                : t;
    }
}
