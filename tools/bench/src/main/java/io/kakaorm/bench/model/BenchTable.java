package io.kakaorm.bench.model;

import io.kakaorm.vertx.Database;
import io.vertx.core.Future;

/** Creates {@code kkbench_item} through the ORM's own DDL and seeds it with rows 1..n. */
public final class BenchTable {
    private BenchTable() {}

    /** Drops and re-creates the table, then inserts {@code rows} items (ids 1..rows) in one transaction. */
    public static Future<Void> recreate(Database db, int rows) {
        return db.dropTableIfExists(Item.class)
                .compose(v -> db.createTable(Item.class))
                .compose(v -> db.transaction(tx -> insertFrom(tx, 1, rows)));
    }

    /** Drops the table if it exists. */
    public static Future<Void> drop(Database db) {
        return db.dropTableIfExists(Item.class);
    }

    private static Future<Void> insertFrom(Database tx, int i, int rows) {
        if (i > rows) {
            return Future.succeededFuture();
        }
        return tx.create(Item.class, it -> it.fill(i)).compose(saved -> insertFrom(tx, i + 1, rows));
    }
}
