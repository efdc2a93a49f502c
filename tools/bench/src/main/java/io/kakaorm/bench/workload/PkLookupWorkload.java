package io.kakaorm.bench.workload;

import io.kakaorm.NotFoundException;
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
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PreparedQuery;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Workload 1: {@code db.get(Item.class, id)} against {@code preparedQuery(...).execute(Tuple.of(id))}
 * mapped by hand, random ids of a 1000-row table, many requests in flight.
 */
public final class PkLookupWorkload implements ServerWorkloads.OnServer {
    static final int ROWS = 1000;

    @Override
    public List<Comparison> run(Vertx vertx, ServerTarget t, BenchArgs args) {
        Await.of(BenchTable.recreate(t.orm(), ROWS), 300);
        try {
            String byIdSql =
                    "SELECT " + ItemRows.COLUMNS + " FROM " + ItemRows.TABLE + " WHERE id = " + t.placeholder(1);
            PreparedQuery<RowSet<Row>> byId = t.raw().preparedQuery(byIdSql);
            Side orm = side(vertx, args, "orm", () -> t.orm().get(Item.class, randomId()));
            Side raw = side(vertx, args, "raw", () -> rawGet(byId, randomId()));
            check(t, byId);
            Rounds rounds = new Rounds(args.warmup(), args.rounds(), args.opsOr(30_000));
            if (!args.diagnose()) {
                return rounds.compareAll("pk", t.label() + " inflight=" + args.inFlight(), orm, List.of(raw));
            }
            Pool like = t.rawLikeRuntime(vertx, t.url(), args.poolSize());
            try {
                PreparedQuery<RowSet<Row>> likeById = like.preparedQuery(
                        "SELECT " + ItemRows.COLUMNS + " FROM " + ItemRows.TABLE + " WHERE id = " + t.placeholder(1));
                Side rawLike = side(vertx, args, "raw-runtime-pool", () -> rawGet(likeById, randomId()));
                // as the runtime calls the driver: a PreparedQuery made per statement, not one kept
                Side perCall = side(
                        vertx,
                        args,
                        "raw-prepare-per-call",
                        () -> rawGet(t.raw().preparedQuery(byIdSql), randomId()));
                return rounds.compareAll(
                        "pk", t.label() + " inflight=" + args.inFlight(), orm, List.of(raw, rawLike, perCall));
            } finally {
                Await.of(like.close(), 30);
            }
        } finally {
            Await.of(BenchTable.drop(t.orm()), 60);
        }
    }

    static Future<Item> rawGet(PreparedQuery<RowSet<Row>> byId, long id) {
        return byId.execute(Tuple.of(id)).map(rs -> {
            var it = rs.iterator();
            if (!it.hasNext()) {
                throw new NotFoundException(Item.class, "id=" + id);
            }
            return ItemRows.fromVertx(it.next());
        });
    }

    private static Side side(Vertx vertx, BenchArgs args, String name, Supplier<Future<?>> op) {
        LoadRun load = new LoadRun(vertx, args.inFlight(), args.contexts());
        return new Side(name, n -> load.run(op, n));
    }

    private static long randomId() {
        return ThreadLocalRandom.current().nextLong(1, ROWS + 1);
    }

    private static void check(ServerTarget t, PreparedQuery<RowSet<Row>> byId) {
        for (long id : new long[] {1, 500, ROWS}) {
            Item a = Await.of(t.orm().get(Item.class, id), 30);
            Item b = Await.of(rawGet(byId, id), 30);
            if (!ItemRows.same(a, b)) {
                throw new IllegalStateException("ORM and raw disagree on id " + id + ": " + ItemRows.describe(a)
                        + " vs " + ItemRows.describe(b));
            }
        }
    }
}
