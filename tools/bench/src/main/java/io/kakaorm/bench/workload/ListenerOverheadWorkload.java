package io.kakaorm.bench.workload;

import io.kakaorm.bench.BenchArgs;
import io.kakaorm.bench.load.Await;
import io.kakaorm.bench.load.Comparison;
import io.kakaorm.bench.load.LoadRun;
import io.kakaorm.bench.load.Rounds;
import io.kakaorm.bench.load.Side;
import io.kakaorm.bench.model.BenchTable;
import io.kakaorm.bench.model.Item;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.KakaORM;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * The cost of observing statements: {@code db.get(Item.class, id)} on a {@code Database} with a statement
 * listener that only counts, against the same lookup on a second {@code Database} of the same URL and pool
 * size without any listener (and DEBUG logging off, no slow threshold). Both sides run in one process,
 * rounds interleaved, so the figure is the listener's cost and not the load of the moment. Target ≥ 0.97.
 */
public final class ListenerOverheadWorkload implements ServerWorkloads.OnServer {
    private final LongAdder counted = new LongAdder();

    @Override
    public List<Comparison> run(Vertx vertx, ServerTarget t, BenchArgs args) {
        Await.of(BenchTable.recreate(t.orm(), PkLookupWorkload.ROWS), 300);
        String url = t.url() + (t.url().contains("?") ? "&" : "?") + "maxSize=" + args.poolSize();
        Database listened = Await.of(KakaORM.connect(vertx, url), 30);
        try {
            listened.addStatementListener(e -> counted.increment());
            Side with = side(vertx, args, "orm+counting-listener", () -> listened.get(Item.class, randomId()));
            Side without = side(vertx, args, "orm-no-listener", () -> t.orm().get(Item.class, randomId()));
            long before = counted.sum();
            Await.of(listened.get(Item.class, 1L), 30);
            if (counted.sum() != before + 1) {
                throw new IllegalStateException(
                        "the counting listener saw " + (counted.sum() - before) + " statements for one get");
            }
            Rounds rounds = new Rounds(args.warmup(), args.rounds(), args.opsOr(30_000));
            Comparison c = rounds.compare("listener", t.label() + " inflight=" + args.inFlight(), with, without);
            System.out.println("statements counted by the listener: " + counted.sum());
            return List.of(c);
        } finally {
            Await.of(listened.disconnect(), 30);
            Await.of(BenchTable.drop(t.orm()), 60);
        }
    }

    private static Side side(Vertx vertx, BenchArgs args, String name, Supplier<Future<?>> op) {
        LoadRun load = new LoadRun(vertx, args.inFlight(), args.contexts());
        return new Side(name, n -> load.run(op, n));
    }

    private static long randomId() {
        return ThreadLocalRandom.current().nextLong(1, PkLookupWorkload.ROWS + 1);
    }
}
