package io.kakaorm.bench.workload;

import io.kakaorm.vertx.Database;
import java.util.concurrent.atomic.LongAdder;

/**
 * With {@code -Dkakaorm.bench.countingListener=true}, the ORM side runs with a statement listener that
 * only counts: the overhead of observing statements (BENCHMARKS.md, "Statement listener").
 */
final class CountingListener {
    static final LongAdder STATEMENTS = new LongAdder();

    private CountingListener() {}

    static void attachIfAsked(Database db) {
        if (db != null && Boolean.getBoolean("kakaorm.bench.countingListener")) {
            db.addStatementListener(e -> STATEMENTS.increment());
            System.out.println("ORM side: a counting statement listener is attached");
        }
    }
}
