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
import io.kakaorm.dialect.Dialects;
import io.kakaorm.meta.ModelMeta;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.KakaORM;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Workload 3: SQLite PK lookup and single-row insert through the ORM against hand-written sqlite-jdbc.
 * Two baselines: {@code raw-worker} runs the JDBC call on a one-thread Vert.x worker and completes a
 * Future on the event loop (the ORM's thread model, so the ratio isolates the ORM's own cost), and
 * {@code raw-direct} calls JDBC in a plain loop on one thread (no thread hop at all: the floor).
 */
public final class SqliteWorkload {
    static final int ROWS = 1000;

    /** Runs the SQLite comparisons. */
    public List<Comparison> run(Vertx vertx, BenchArgs args) throws Exception {
        Database db = Await.of(KakaORM.connect(vertx, args.sqliteUrl()), 30);
        CountingListener.attachIfAsked(db);
        boolean memory = args.sqliteUrl().contains(":memory:");
        Path rawFile = memory ? null : Files.createTempFile("kkbench_raw", ".db");
        String jdbcUrl = memory ? "jdbc:sqlite::memory:" : "jdbc:sqlite:" + rawFile;
        WorkerExecutor worker = vertx.createSharedWorkerExecutor("kkbench-sqlite-raw", 1);
        List<Comparison> out = new ArrayList<>();
        try (RawSqlite raw = new RawSqlite(
                jdbcUrl, Dialects.forName(db.dialectName()).createTable(ModelMeta.of(Item.class), false))) {
            Await.of(BenchTable.recreate(db, ROWS), 300);
            raw.seed(ROWS);
            check(db, raw);

            Supplier<Future<?>> ormGet = () -> db.get(Item.class, randomId());
            Supplier<Future<?>> rawGet = () -> worker.executeBlocking(() -> raw.get(randomId()), false);
            Rounds lookups = new Rounds(args.warmup(), args.rounds(), args.opsOr(10_000));
            out.addAll(lookups.compareAll(
                    "sqlite-get",
                    "sqlite inflight=1",
                    async(vertx, "orm", 1, ormGet),
                    List.of(async(vertx, "raw-worker", 1, rawGet), direct("raw-direct", () -> raw.get(randomId())))));
            out.addAll(lookups.compareAll(
                    "sqlite-get",
                    "sqlite inflight=16",
                    async(vertx, "orm", 16, ormGet),
                    List.of(async(vertx, "raw-worker", 16, rawGet))));

            AtomicInteger next = new AtomicInteger(ROWS);
            Supplier<Future<?>> ormInsert = () -> db.create(Item.class, it -> it.fill(next.incrementAndGet()));
            Supplier<Future<?>> rawInsert = () -> {
                Item it = new Item().fill(next.incrementAndGet());
                return worker.executeBlocking(() -> raw.insert(it), false);
            };
            Rounds inserts = new Rounds(args.warmup(), args.rounds(), args.opsOr(6_000));
            out.addAll(inserts.compareAll(
                    "sqlite-ins",
                    "sqlite inflight=1",
                    async(vertx, "orm", 1, ormInsert),
                    List.of(
                            async(vertx, "raw-worker", 1, rawInsert),
                            direct("raw-direct", () -> raw.insert(new Item().fill(next.incrementAndGet()))))));
        } finally {
            worker.close();
            Await.of(BenchTable.drop(db), 60);
            Await.of(db.disconnect(), 30);
            if (rawFile != null) {
                Files.deleteIfExists(rawFile);
            }
        }
        return out;
    }

    private static Side async(Vertx vertx, String name, int inFlight, Supplier<Future<?>> op) {
        LoadRun load = new LoadRun(vertx, inFlight, 1);
        return new Side(name, n -> load.run(op, n));
    }

    private static Side direct(String name, RawSqlite.Call call) {
        return new Side(name, n -> {
            long start = System.nanoTime();
            try {
                for (int i = 0; i < n; i++) {
                    call.run();
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return System.nanoTime() - start;
        });
    }

    private static long randomId() {
        return ThreadLocalRandom.current().nextLong(1, ROWS + 1);
    }

    private static void check(Database db, RawSqlite raw) throws Exception {
        for (long id : new long[] {1, 500, ROWS}) {
            Item a = Await.of(db.get(Item.class, id), 30);
            Item b = raw.get(id);
            if (!ItemRows.same(a, b)) {
                throw new IllegalStateException("ORM and raw SQLite disagree on id " + id + ": " + ItemRows.describe(a)
                        + " vs " + ItemRows.describe(b));
            }
        }
    }
}
