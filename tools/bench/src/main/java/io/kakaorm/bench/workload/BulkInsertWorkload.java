package io.kakaorm.bench.workload;

import io.kakaorm.bench.BenchArgs;
import io.kakaorm.bench.load.Await;
import io.kakaorm.bench.load.ProcessCpu;
import io.kakaorm.bench.model.Item;
import io.kakaorm.bench.model.ItemRows;
import io.kakaorm.dialect.Dialects;
import io.kakaorm.meta.ModelMeta;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.KakaORM;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Tuple;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Workload 6: bulk insert of 10,000 rows. KakaORM's {@code bulkCreate} (multi-row INSERTs, generated keys
 * written back into every instance, one transaction) against the raw Vert.x client's {@code executeBatch}
 * in chunks of 100 (no keys read back) on PostgreSQL and MariaDB, and against a raw sqlite-jdbc batch
 * (one transaction, {@code executeBatch} every 100 rows) on SQLite. Rounds alternate ORM, raw; the
 * table is emptied between rounds (not timed). The figure is the median of the per-pair ratios raw time
 * / ORM time (above 1: the ORM is faster).
 */
public final class BulkInsertWorkload {
    static final int ROWS = 10_000;
    static final int CHUNK = 100;
    private static final String INSERT_COLUMNS = "name, category, quantity, price, active, created_at";

    private BulkInsertWorkload() {}

    /** Runs every configured database; one printed line each. */
    public static List<String> run(Vertx vertx, BenchArgs args) throws Exception {
        List<String> out = new ArrayList<>();
        for (String url : new String[] {args.pgUrl(), args.mysqlUrl()}) {
            if (url != null && !url.equals("none")) {
                out.add(server(vertx, args, url));
            }
        }
        out.add(sqlite(vertx, args));
        return out;
    }

    static List<Item> items() {
        List<Item> l = new ArrayList<>(ROWS);
        for (int i = 1; i <= ROWS; i++) {
            l.add(new Item().fill(i));
        }
        return l;
    }

    private static String server(Vertx vertx, BenchArgs args, String url) {
        try (ServerTarget t = ServerTarget.open(vertx, url, args.poolSize())) {
            Database db = t.orm();
            Await.of(db.dropTableIfExists(Item.class), 30);
            Await.of(db.createTable(Item.class), 30);
            String sql = "INSERT INTO " + ItemRows.TABLE + " (" + INSERT_COLUMNS + ") VALUES (" + t.placeholder(1)
                    + ", "
                    + t.placeholder(2) + ", " + t.placeholder(3) + ", " + t.placeholder(4) + ", " + t.placeholder(5)
                    + ", " + t.placeholder(6) + ")";
            List<Double> ratios = new ArrayList<>();
            long[] best = {Long.MAX_VALUE, Long.MAX_VALUE};
            for (int round = 0; round < args.warmup() + args.rounds(); round++) {
                List<Item> a = items();
                long t0 = System.nanoTime();
                Await.of(db.bulkCreate(a), 120);
                long orm = System.nanoTime() - t0;
                check(a);
                Await.of(db.truncate(Item.class), 60);

                List<Item> b = items();
                long t1 = System.nanoTime();
                Future<Void> f = Future.succeededFuture();
                for (int from = 0; from < ROWS; from += CHUNK) {
                    List<Item> part = b.subList(from, Math.min(ROWS, from + CHUNK));
                    f = f.compose(v -> {
                        List<Tuple> tuples = new ArrayList<>(part.size());
                        for (Item it : part) {
                            tuples.add(Tuple.of(it.name, it.category, it.quantity, it.price, it.active, it.createdAt));
                        }
                        return t.raw().preparedQuery(sql).executeBatch(tuples).mapEmpty();
                    });
                }
                Await.of(f, 120);
                long raw = System.nanoTime() - t1;
                Await.of(db.truncate(Item.class), 60);
                if (round >= args.warmup()) {
                    ratios.add((double) raw / orm);
                    best[0] = Math.min(best[0], orm);
                    best[1] = Math.min(best[1], raw);
                }
            }
            Await.of(db.dropTableIfExists(Item.class), 30);
            return line(t.label() + " vs raw Vert.x executeBatch(100)", ratios, best);
        }
    }

    private static String sqlite(Vertx vertx, BenchArgs args) throws Exception {
        Database db = Await.of(KakaORM.connect(vertx, "sqlite::memory:"), 30);
        List<String> ddl = Dialects.forName(db.dialectName()).createTable(ModelMeta.of(Item.class), false);
        Await.of(db.createTable(Item.class), 30);
        List<Double> ratios = new ArrayList<>();
        long[] best = {Long.MAX_VALUE, Long.MAX_VALUE};
        long[] cpu = {0, 0}; // process CPU of the measured rounds, ORM and raw: steadier than wall time under load
        try (Connection conn = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            try (Statement s = conn.createStatement()) {
                for (String d : ddl) {
                    s.execute(d);
                }
            }
            PreparedStatement ins = conn.prepareStatement(
                    "INSERT INTO " + ItemRows.TABLE + " (" + INSERT_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)");
            for (int round = 0; round < args.warmup() + args.rounds(); round++) {
                List<Item> a = items();
                ProcessCpu.Snapshot c0 = ProcessCpu.snapshot(false);
                long t0 = System.nanoTime();
                Await.of(db.bulkCreate(a), 120);
                long orm = System.nanoTime() - t0;
                long ormCpu = ProcessCpu.snapshot(false).since(c0);
                check(a);
                Await.of(db.truncate(Item.class), 60);

                List<Item> b = items();
                ProcessCpu.Snapshot c1 = ProcessCpu.snapshot(false);
                long t1 = System.nanoTime();
                conn.setAutoCommit(false);
                int n = 0;
                for (Item it : b) {
                    ins.setString(1, it.name);
                    ins.setString(2, it.category);
                    ins.setInt(3, it.quantity);
                    ins.setDouble(4, it.price);
                    ins.setBoolean(5, it.active);
                    ins.setString(6, ItemRows.sqliteTime(it.createdAt));
                    ins.addBatch();
                    if (++n % CHUNK == 0) {
                        ins.executeBatch();
                    }
                }
                ins.executeBatch();
                conn.commit();
                conn.setAutoCommit(true);
                long raw = System.nanoTime() - t1;
                long rawCpu = ProcessCpu.snapshot(false).since(c1);
                try (Statement s = conn.createStatement()) {
                    s.execute("DELETE FROM " + ItemRows.TABLE);
                }
                if (round >= args.warmup()) {
                    cpu[0] += ormCpu;
                    cpu[1] += rawCpu;
                    ratios.add((double) raw / orm);
                    best[0] = Math.min(best[0], orm);
                    best[1] = Math.min(best[1], raw);
                }
            }
            ins.close();
        } finally {
            Await.of(db.disconnect(), 30);
        }
        String cpuLine = String.format(
                "  sqlite CPU ratio %.2f (raw %.1f ms / ORM %.1f ms of process CPU per round)",
                (double) cpu[1] / cpu[0], cpu[1] / 1e6 / args.rounds(), cpu[0] / 1e6 / args.rounds());
        String wall = line("sqlite vs raw sqlite-jdbc batch", ratios, best);
        System.out.println(cpuLine);
        return wall + "\n" + cpuLine;
    }

    private static void check(List<Item> inserted) {
        if (inserted.stream().map(i -> i.id).distinct().count() != ROWS
                || inserted.stream().anyMatch(i -> i.id == null)) {
            throw new IllegalStateException("bulkCreate did not give every row its own key");
        }
    }

    private static String line(String what, List<Double> ratios, long[] best) {
        double[] r = ratios.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double median = r.length == 0 ? Double.NaN : r[r.length / 2];
        String s = String.format(
                "bulk insert %d rows, %s: ratio %.2f (pairs %.2f–%.2f); best ORM %.1f ms, best raw %.1f ms",
                ROWS,
                what,
                median,
                r.length == 0 ? Double.NaN : r[0],
                r.length == 0 ? Double.NaN : r[r.length - 1],
                best[0] / 1e6,
                best[1] / 1e6);
        System.out.println(s);
        return s;
    }
}
