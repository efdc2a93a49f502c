package io.kakaorm.bench.workload;

import static io.kakaorm.Sql.count;
import static io.kakaorm.Sql.sum;

import io.kakaorm.ProjectedQuery;
import io.kakaorm.bench.BenchArgs;
import io.kakaorm.bench.load.Await;
import io.kakaorm.bench.load.Comparison;
import io.kakaorm.bench.load.LoadRun;
import io.kakaorm.bench.load.Rounds;
import io.kakaorm.bench.load.Side;
import io.kakaorm.bench.model.Maker;
import io.kakaorm.bench.model.Part;
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
 * Relational workloads (load): {@code join20}, a join of two models with a filter returning 20 rows into
 * records, and {@code group50}, a group-by returning 50 rows into records; each against the very SQL text
 * the ORM renders (read from {@code toSql()}) run on the raw client and mapped by hand.
 */
public final class RelationalWorkload implements ServerWorkloads.OnServer {
    static final int PARTS = 1000;
    static final int MAKERS = 50;
    static final int WINDOW = 20;

    /** A joined row. */
    public record PartRow(String part, int quantity, String maker) {}

    /** A group: a maker's part count and total quantity. */
    public record MakerTotal(Long makerId, long parts, long quantity) {}

    @Override
    public List<Comparison> run(Vertx vertx, ServerTarget t, BenchArgs args) {
        Database db = t.orm();
        Await.of(recreate(db), 300);
        try {
            PreparedQuery<RowSet<Row>> join =
                    t.raw().preparedQuery(sqlText(joinQuery(db, 0).toSql()));
            PreparedQuery<RowSet<Row>> group =
                    t.raw().preparedQuery(sqlText(groupQuery(db).toSql()));
            check(db, join, group);
            LoadRun load = new LoadRun(vertx, args.inFlight(), args.contexts());
            Rounds rounds = new Rounds(args.warmup(), args.rounds(), args.opsOr(10_000));
            List<Comparison> out = new ArrayList<>();
            out.addAll(rounds.compareAll(
                    "join20",
                    t.label() + " inflight=" + args.inFlight(),
                    new Side(
                            "orm",
                            n -> load.run(() -> joinQuery(db, randomLow()).list(), n)),
                    List.of(new Side("raw", n -> load.run(() -> rawJoin(join, randomLow()), n)))));
            out.addAll(rounds.compareAll(
                    "group50",
                    t.label() + " inflight=" + args.inFlight(),
                    new Side("orm", n -> load.run(() -> groupQuery(db).list(), n)),
                    List.of(new Side("raw", n -> load.run(() -> rawGroup(group), n)))));
            return out;
        } finally {
            Await.of(db.dropTableIfExists(Part.class).compose(v -> db.dropTableIfExists(Maker.class)), 60);
        }
    }

    static ProjectedQuery<Part, PartRow> joinQuery(Database db, int lo) {
        int hi = lo + WINDOW;
        return db.from(Part.class)
                .join(Maker.class, (p, m) -> p.makerId.equals(m.id))
                .where((p, m) -> p.quantity > lo && p.quantity <= hi)
                .select((p, m) -> new PartRow(p.name, p.quantity, m.name));
    }

    static ProjectedQuery<Part, MakerTotal> groupQuery(Database db) {
        return db.from(Part.class)
                .groupBy(p -> p.makerId)
                .select(p -> new MakerTotal(p.makerId, count(), sum(p.quantity)));
    }

    static Future<List<PartRow>> rawJoin(PreparedQuery<RowSet<Row>> q, int lo) {
        return q.execute(Tuple.of(lo, lo + WINDOW)).map(rs -> {
            List<PartRow> out = new ArrayList<>(rs.size());
            for (Row r : rs) {
                out.add(new PartRow(r.getString(0), r.getInteger(1), r.getString(2)));
            }
            return out;
        });
    }

    static Future<List<MakerTotal>> rawGroup(PreparedQuery<RowSet<Row>> q) {
        return q.execute().map(rs -> {
            List<MakerTotal> out = new ArrayList<>(rs.size());
            for (Row r : rs) {
                out.add(new MakerTotal(r.getLong(0), r.getLong(1), r.getLong(2)));
            }
            return out;
        });
    }

    /** The SQL text of a {@code toSql()} ("text [binds]"). */
    static String sqlText(String described) {
        return described.substring(0, described.lastIndexOf(" ["));
    }

    private static Future<Void> recreate(Database db) {
        List<Maker> makers = new ArrayList<>();
        for (int i = 1; i <= MAKERS; i++) {
            Maker m = new Maker();
            m.name = "maker-" + i;
            m.country = i % 2 == 0 ? "KR" : "JP";
            makers.add(m);
        }
        return db.dropTableIfExists(Part.class)
                .compose(v -> db.dropTableIfExists(Maker.class))
                .compose(v -> db.createTable(Maker.class))
                .compose(v -> db.createTable(Part.class))
                .compose(v -> db.bulkCreate(makers))
                .compose(v -> {
                    List<Part> parts = new ArrayList<>();
                    for (int i = 1; i <= PARTS; i++) {
                        Part p = new Part();
                        p.name = "part-" + i;
                        p.quantity = i;
                        p.price = i * 0.5;
                        p.makerId = makers.get(i % MAKERS).id;
                        parts.add(p);
                    }
                    return db.bulkCreate(parts);
                })
                .mapEmpty();
    }

    private static int randomLow() {
        return ThreadLocalRandom.current().nextInt(0, PARTS - WINDOW + 1);
    }

    private static void check(Database db, PreparedQuery<RowSet<Row>> join, PreparedQuery<RowSet<Row>> group) {
        for (int lo : new int[] {0, 500, PARTS - WINDOW}) {
            List<PartRow> a = new ArrayList<>(Await.of(joinQuery(db, lo).list(), 30));
            List<PartRow> b = new ArrayList<>(Await.of(rawJoin(join, lo), 30));
            a.sort((x, y) -> Integer.compare(x.quantity(), y.quantity()));
            b.sort((x, y) -> Integer.compare(x.quantity(), y.quantity()));
            if (a.size() != WINDOW || !a.equals(b)) {
                throw new IllegalStateException("join rows differ from " + lo + ": " + a + " vs " + b);
            }
        }
        List<MakerTotal> a = new ArrayList<>(Await.of(groupQuery(db).list(), 30));
        List<MakerTotal> b = new ArrayList<>(Await.of(rawGroup(group), 30));
        a.sort((x, y) -> Long.compare(x.makerId(), y.makerId()));
        b.sort((x, y) -> Long.compare(x.makerId(), y.makerId()));
        if (a.size() != MAKERS || !a.equals(b)) {
            throw new IllegalStateException("groups differ: " + a + " vs " + b);
        }
    }
}
