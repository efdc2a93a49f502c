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
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.PreparedQuery;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Workload 2: {@code db.all(Item.class)} (1000 rows, ordered by PK) against the same SELECT on the raw
 * client with the {@link RowSet} mapped by hand into a list of {@link Item}.
 */
public final class HydrationWorkload implements ServerWorkloads.OnServer {
    static final int ROWS = 1000;

    @Override
    public List<Comparison> run(Vertx vertx, ServerTarget t, BenchArgs args) {
        Await.of(BenchTable.recreate(t.orm(), ROWS), 300);
        try {
            PreparedQuery<RowSet<Row>> all =
                    t.raw().preparedQuery("SELECT " + ItemRows.COLUMNS + " FROM " + ItemRows.TABLE + " ORDER BY id");
            check(t, all);
            LoadRun load = new LoadRun(vertx, args.hydrateInFlight(), args.contexts());
            Side orm = new Side("orm", n -> load.run(() -> t.orm().all(Item.class), n));
            Side raw = new Side("raw", n -> load.run(() -> rawAll(all), n));
            List<Side> baselines = new ArrayList<>(List.of(raw));
            if (args.diagnose()) {
                // the same SELECT through the ORM's raw-SQL path (rows as io.kakaorm.Row maps): transport
                // and executor cost without model hydration
                String sql = "SELECT " + ItemRows.COLUMNS + " FROM " + ItemRows.TABLE + " ORDER BY id";
                baselines.add(new Side("orm-fetch", n -> load.run(() -> t.orm().fetch(sql), n)));
            }
            Rounds rounds = new Rounds(args.warmup(), args.rounds(), args.opsOr(800));
            return rounds.compareAll(
                    "hydrate", t.label() + " rows=" + ROWS + " inflight=" + args.hydrateInFlight(), orm, baselines);
        } finally {
            Await.of(BenchTable.drop(t.orm()), 60);
        }
    }

    static Future<List<Item>> rawAll(PreparedQuery<RowSet<Row>> all) {
        return all.execute().map(rs -> {
            List<Item> out = new ArrayList<>(rs.size());
            for (Row r : rs) {
                out.add(ItemRows.fromVertx(r));
            }
            return out;
        });
    }

    private static void check(ServerTarget t, PreparedQuery<RowSet<Row>> all) {
        List<Item> a = Await.of(t.orm().all(Item.class), 30);
        List<Item> b = Await.of(rawAll(all), 30);
        if (a.size() != ROWS || b.size() != ROWS) {
            throw new IllegalStateException("expected " + ROWS + " rows, got ORM " + a.size() + " raw " + b.size());
        }
        for (int i = 0; i < ROWS; i++) {
            if (!ItemRows.same(a.get(i), b.get(i))) {
                throw new IllegalStateException(
                        "row " + i + " differs: " + ItemRows.describe(a.get(i)) + " vs " + ItemRows.describe(b.get(i)));
            }
        }
    }
}
