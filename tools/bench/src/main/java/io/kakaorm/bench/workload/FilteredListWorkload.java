package io.kakaorm.bench.workload;

import io.kakaorm.bench.BenchArgs;
import io.kakaorm.bench.load.Await;
import io.kakaorm.bench.load.Comparison;
import io.kakaorm.bench.load.LoadRun;
import io.kakaorm.bench.load.Rounds;
import io.kakaorm.bench.load.Side;
import io.kakaorm.bench.model.BenchTable;
import io.kakaorm.bench.model.Item;
import io.kakaorm.bench.model.ItemRows;
import io.kakaorm.vertx.Database;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.PreparedQuery;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Workload 5 (load): a 20-row filtered {@code list()} through the lambda DSL,
 * {@code db.from(Item.class).where(i -> i.quantity > lo && i.quantity <= hi).list()} with new captured
 * values on every call, against the same SELECT on the raw client mapped by hand.
 */
public final class FilteredListWorkload implements ServerWorkloads.OnServer {
    static final int ROWS = 1000;
    static final int WINDOW = 20;

    @Override
    public List<Comparison> run(Vertx vertx, ServerTarget t, BenchArgs args) {
        Await.of(BenchTable.recreate(t.orm(), ROWS), 300);
        try {
            PreparedQuery<RowSet<Row>> window = t.raw()
                    .preparedQuery("SELECT " + ItemRows.COLUMNS + " FROM " + ItemRows.TABLE + " WHERE quantity > "
                            + t.placeholder(1) + " AND quantity <= " + t.placeholder(2));
            check(t.orm(), window);
            LoadRun load = new LoadRun(vertx, args.inFlight(), args.contexts());
            Side orm = new Side("orm", n -> load.run(() -> ormList(t.orm(), randomLow()), n));
            Side raw = new Side("raw", n -> load.run(() -> rawList(window, randomLow()), n));
            Rounds rounds = new Rounds(args.warmup(), args.rounds(), args.opsOr(10_000));
            return rounds.compareAll("list20", t.label() + " inflight=" + args.inFlight(), orm, List.of(raw));
        } finally {
            Await.of(BenchTable.drop(t.orm()), 60);
        }
    }

    static Future<List<Item>> ormList(Database db, int lo) {
        int hi = lo + WINDOW;
        return db.from(Item.class)
                .where(i -> i.quantity > lo && i.quantity <= hi)
                .list();
    }

    static Future<List<Item>> rawList(PreparedQuery<RowSet<Row>> window, int lo) {
        return window.execute(Tuple.of(lo, lo + WINDOW)).map(rs -> {
            List<Item> out = new ArrayList<>(rs.size());
            for (Row r : rs) {
                out.add(ItemRows.fromVertx(r));
            }
            return out;
        });
    }

    private static int randomLow() {
        return ThreadLocalRandom.current().nextInt(0, ROWS - WINDOW + 1);
    }

    private static void check(Database db, PreparedQuery<RowSet<Row>> window) {
        for (int lo : new int[] {0, 500, ROWS - WINDOW}) {
            List<Item> a = new ArrayList<>(Await.of(ormList(db, lo), 30));
            List<Item> b = new ArrayList<>(Await.of(rawList(window, lo), 30));
            a.sort((x, y) -> Long.compare(x.id, y.id));
            b.sort((x, y) -> Long.compare(x.id, y.id));
            if (a.size() != WINDOW || b.size() != WINDOW) {
                throw new IllegalStateException(
                        "expected " + WINDOW + " rows from " + lo + ", got ORM " + a.size() + " raw " + b.size());
            }
            for (int i = 0; i < WINDOW; i++) {
                if (!ItemRows.same(a.get(i), b.get(i))) {
                    throw new IllegalStateException(
                            "row differs: " + ItemRows.describe(a.get(i)) + " vs " + ItemRows.describe(b.get(i)));
                }
            }
        }
    }
}
