package io.kakaorm.bench.workload;

import io.kakaorm.bench.BenchArgs;
import io.kakaorm.bench.load.Await;
import io.kakaorm.bench.load.Comparison;
import io.kakaorm.bench.load.LoadRun;
import io.kakaorm.bench.load.Rounds;
import io.kakaorm.bench.load.Side;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.PreparedQuery;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * An A/A run: the raw PK lookup against itself, with the same rounds as workload 1. The ratio should be
 * 1.00; how far it strays is the noise floor of every other ratio on this machine. Uses its own table
 * (created and dropped with raw SQL), so it needs no ORM.
 */
public final class CalibrationWorkload implements ServerWorkloads.OnServer {
    private static final String TABLE = "kkbench_calib";

    @Override
    public List<Comparison> run(Vertx vertx, ServerTarget t, BenchArgs args) {
        var raw = t.raw();
        String idType = t.postgres() ? "BIGSERIAL" : "BIGINT AUTO_INCREMENT";
        Await.of(
                raw.query("DROP TABLE IF EXISTS " + TABLE)
                        .execute()
                        .compose(v -> raw.query("CREATE TABLE " + TABLE + " (id " + idType
                                        + " PRIMARY KEY, name VARCHAR(100), quantity INT)")
                                .execute())
                        .compose(v -> raw.query("INSERT INTO " + TABLE + " (name, quantity) VALUES "
                                        + String.join(",", Collections.nCopies(1000, "('x', 1)")))
                                .execute()),
                60);
        try {
            PreparedQuery<RowSet<Row>> byId =
                    raw.preparedQuery("SELECT id, name, quantity FROM " + TABLE + " WHERE id = " + t.placeholder(1));
            LoadRun load = new LoadRun(vertx, args.inFlight(), args.contexts());
            Side.Run run = n -> load.run(
                    () -> byId.execute(Tuple.of(ThreadLocalRandom.current().nextLong(1, 1001))), n);
            Rounds rounds = new Rounds(args.warmup(), args.rounds(), args.opsOr(30_000));
            return List.of(rounds.compare(
                    "calibrate",
                    t.label() + " inflight=" + args.inFlight(),
                    new Side("raw-A", run),
                    new Side("raw-B", run)));
        } finally {
            Await.of(raw.query("DROP TABLE IF EXISTS " + TABLE).execute(), 60);
        }
    }
}
