package io.kakaorm.vertx.relational;

import static io.kakaorm.Sql.count;
import static io.kakaorm.Sql.countDistinct;
import static io.kakaorm.Sql.denseRank;
import static io.kakaorm.Sql.lag;
import static io.kakaorm.Sql.lead;
import static io.kakaorm.Sql.max;
import static io.kakaorm.Sql.over;
import static io.kakaorm.Sql.rank;
import static io.kakaorm.Sql.rowNumber;
import static io.kakaorm.Sql.sum;
import static io.kakaorm.vertx.testing.TestDatabases.await;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.kakaorm.Filter2;
import io.kakaorm.JoinQuery2;
import io.kakaorm.Pair;
import io.kakaorm.Selector;
import io.kakaorm.Selector2;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.testing.TestDatabases;
import io.kakaorm.vertx.testing.TestDb;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Java meaning == SQL meaning for relational queries: random joins (inner, left, right; filters that
 * see the missing side as null), groupings (NULL keys, empty groups of outer joins, having) and window
 * functions (ties in the window order; only what the order determines is compared) over a random data
 * set, each run on the database and computed with Java streams over the same objects. The filters are
 * real lambdas, run as they are in Java. Seed: {@code -Dkakaorm.diff.seed=N}; count:
 * {@code -Dkakaorm.reldiff.cases=N}.
 */
@ExtendWith(TestDatabases.class)
class RelationalDifferentialTest {
    static final long SEED = Long.getLong("kakaorm.diff.seed", System.nanoTime() & 0xffffffffL);
    static final int CASES = Integer.getInteger("kakaorm.reldiff.cases", 540);

    public record Ids(Long post, Long author) {}

    public record G(Object key, long n, Long views, Integer maxViews, long authors) {}

    public record W(long id, Object value) {}

    enum JoinKind {
        INNER,
        LEFT,
        RIGHT
    }

    enum Kind {
        ROW_NUMBER,
        RANK,
        DENSE_RANK_DESC,
        RUNNING_SUM,
        RUNNING_COUNT,
        LAG1,
        LEAD2,
        MAX,
        COUNT_SCORE
    }

    record FilterCase(String name, Filter2<JPost, JAuthor> lambda) {}

    record KeyCase(
            String name, Selector2<JPost, JAuthor, ?> key, Selector2<JPost, JAuthor, G> select, BiFunctionKey java) {}

    interface BiFunctionKey {
        Object key(JPost p, JAuthor a);
    }

    record HavingCase(String name, Filter2<JPost, JAuthor> lambda, Predicate<List<Pair<JPost, JAuthor>>> java) {}

    record WindowCase(String name, Selector<JPost, W> select, Function<JPost, Object> partition, Kind kind) {}

    static final List<WindowCase> WINDOWS = new ArrayList<>();

    static {
        WINDOWS.add(new WindowCase(
                "RowNumber/None",
                p -> new W(p.id, Long.valueOf(rowNumber(over().orderBy(p.views, p.id)))),
                x -> 0,
                Kind.ROW_NUMBER));
        WINDOWS.add(new WindowCase(
                "Rank/None", p -> new W(p.id, Long.valueOf(rank(over().orderBy(p.views)))), x -> 0, Kind.RANK));
        WINDOWS.add(new WindowCase(
                "DenseRank/None",
                p -> new W(p.id, Long.valueOf(denseRank(over().orderByDesc(p.views)))),
                x -> 0,
                Kind.DENSE_RANK_DESC));
        WINDOWS.add(new WindowCase(
                "RunningSum/None",
                p -> new W(p.id, Long.valueOf(sum(p.views, over().orderBy(p.views)))),
                x -> 0,
                Kind.RUNNING_SUM));
        WINDOWS.add(new WindowCase(
                "RunningCount/None",
                p -> new W(p.id, Long.valueOf(count(over().orderBy(p.views)))),
                x -> 0,
                Kind.RUNNING_COUNT));
        WINDOWS.add(new WindowCase(
                "Lag/None",
                p -> new W(p.id, Integer.valueOf(lag(p.views, 1, -1, over().orderBy(p.views, p.id)))),
                x -> 0,
                Kind.LAG1));
        WINDOWS.add(new WindowCase(
                "Lead/None",
                p -> new W(p.id, Integer.valueOf(lead(p.views, 2, 0, over().orderBy(p.views, p.id)))),
                x -> 0,
                Kind.LEAD2));
        WINDOWS.add(new WindowCase(
                "Max/None", p -> new W(p.id, Integer.valueOf(max(p.views, over()))), x -> 0, Kind.MAX));
        WINDOWS.add(new WindowCase(
                "CountScore/None", p -> new W(p.id, Long.valueOf(count(p.score, over()))), x -> 0, Kind.COUNT_SCORE));
        WINDOWS.add(new WindowCase(
                "RowNumber/Author",
                p -> new W(
                        p.id,
                        Long.valueOf(rowNumber(over().partitionBy(p.authorId).orderBy(p.views, p.id)))),
                x -> x.authorId,
                Kind.ROW_NUMBER));
        WINDOWS.add(new WindowCase(
                "Rank/Author",
                p -> new W(
                        p.id, Long.valueOf(rank(over().partitionBy(p.authorId).orderBy(p.views)))),
                x -> x.authorId,
                Kind.RANK));
        WINDOWS.add(new WindowCase(
                "DenseRank/Author",
                p -> new W(
                        p.id,
                        Long.valueOf(denseRank(over().partitionBy(p.authorId).orderByDesc(p.views)))),
                x -> x.authorId,
                Kind.DENSE_RANK_DESC));
        WINDOWS.add(new WindowCase(
                "RunningSum/Author",
                p -> new W(
                        p.id,
                        Long.valueOf(sum(p.views, over().partitionBy(p.authorId).orderBy(p.views)))),
                x -> x.authorId,
                Kind.RUNNING_SUM));
        WINDOWS.add(new WindowCase(
                "RunningCount/Author",
                p -> new W(
                        p.id, Long.valueOf(count(over().partitionBy(p.authorId).orderBy(p.views)))),
                x -> x.authorId,
                Kind.RUNNING_COUNT));
        WINDOWS.add(new WindowCase(
                "Lag/Author",
                p -> new W(
                        p.id,
                        Integer.valueOf(lag(
                                p.views, 1, -1, over().partitionBy(p.authorId).orderBy(p.views, p.id)))),
                x -> x.authorId,
                Kind.LAG1));
        WINDOWS.add(new WindowCase(
                "Lead/Author",
                p -> new W(
                        p.id,
                        Integer.valueOf(lead(
                                p.views, 2, 0, over().partitionBy(p.authorId).orderBy(p.views, p.id)))),
                x -> x.authorId,
                Kind.LEAD2));
        WINDOWS.add(new WindowCase(
                "Max/Author",
                p -> new W(p.id, Integer.valueOf(max(p.views, over().partitionBy(p.authorId)))),
                x -> x.authorId,
                Kind.MAX));
        WINDOWS.add(new WindowCase(
                "CountScore/Author",
                p -> new W(p.id, Long.valueOf(count(p.score, over().partitionBy(p.authorId)))),
                x -> x.authorId,
                Kind.COUNT_SCORE));
        WINDOWS.add(new WindowCase(
                "RowNumber/Published",
                p -> new W(
                        p.id,
                        Long.valueOf(rowNumber(over().partitionBy(p.published).orderBy(p.views, p.id)))),
                x -> x.published,
                Kind.ROW_NUMBER));
        WINDOWS.add(new WindowCase(
                "Rank/Published",
                p -> new W(
                        p.id, Long.valueOf(rank(over().partitionBy(p.published).orderBy(p.views)))),
                x -> x.published,
                Kind.RANK));
        WINDOWS.add(new WindowCase(
                "DenseRank/Published",
                p -> new W(
                        p.id,
                        Long.valueOf(denseRank(over().partitionBy(p.published).orderByDesc(p.views)))),
                x -> x.published,
                Kind.DENSE_RANK_DESC));
        WINDOWS.add(new WindowCase(
                "RunningSum/Published",
                p -> new W(
                        p.id,
                        Long.valueOf(
                                sum(p.views, over().partitionBy(p.published).orderBy(p.views)))),
                x -> x.published,
                Kind.RUNNING_SUM));
        WINDOWS.add(new WindowCase(
                "RunningCount/Published",
                p -> new W(
                        p.id, Long.valueOf(count(over().partitionBy(p.published).orderBy(p.views)))),
                x -> x.published,
                Kind.RUNNING_COUNT));
        WINDOWS.add(new WindowCase(
                "Lag/Published",
                p -> new W(
                        p.id,
                        Integer.valueOf(lag(
                                p.views, 1, -1, over().partitionBy(p.published).orderBy(p.views, p.id)))),
                x -> x.published,
                Kind.LAG1));
        WINDOWS.add(new WindowCase(
                "Lead/Published",
                p -> new W(
                        p.id,
                        Integer.valueOf(lead(
                                p.views, 2, 0, over().partitionBy(p.published).orderBy(p.views, p.id)))),
                x -> x.published,
                Kind.LEAD2));
        WINDOWS.add(new WindowCase(
                "Max/Published",
                p -> new W(p.id, Integer.valueOf(max(p.views, over().partitionBy(p.published)))),
                x -> x.published,
                Kind.MAX));
        WINDOWS.add(new WindowCase(
                "CountScore/Published",
                p -> new W(p.id, Long.valueOf(count(p.score, over().partitionBy(p.published)))),
                x -> x.published,
                Kind.COUNT_SCORE));
    }

    // ---- the pools: lambdas whose Java reading is safe on a missing (null) side ----

    static List<FilterCase> filters(Random r) {
        int t = List.of(0, 5, 7, 50, 100, 250, 1000).get(r.nextInt(7));
        int age = 18 + r.nextInt(40);
        int m = 2 + r.nextInt(5);
        List<FilterCase> out = new ArrayList<>();
        out.add(new FilterCase("views>=" + t, (p, a) -> p != null && p.views >= t));
        out.add(new FilterCase("nameA", (p, a) -> a == null || a.name == null || a.name.startsWith("A")));
        out.add(new FilterCase("age>" + age, (p, a) -> a != null && a.age != null && a.age > age));
        out.add(new FilterCase("!published", (p, a) -> p == null || !p.published));
        out.add(new FilterCase("views%" + m, (p, a) -> p != null && p.views % m == t % m));
        out.add(new FilterCase("!(age>=30)", (p, a) -> !(a != null && a.age != null && a.age >= 30)));
        out.add(new FilterCase("score<" + t, (p, a) -> p != null && (p.score == null || p.score < t / 10.0)));
        out.add(new FilterCase("views!=" + t, (p, a) -> p == null || p.views != t));
        out.add(new FilterCase("unmatched", (p, a) -> a == null || p == null));
        out.add(new FilterCase(
                "titleLen",
                (p, a) -> p != null && a != null && a.name != null && p.title.length() > a.name.length() + m));
        out.add(new FilterCase("authorId==a.id", (p, a) -> p != null && a != null && Objects.equals(p.authorId, a.id)));
        return out;
    }

    static List<KeyCase> keys() {
        return List.of(
                new KeyCase(
                        "p.authorId",
                        (p, a) -> p.authorId,
                        (p, a) -> new G(p.authorId, count(), sum(p.views), max(p.views), countDistinct(a.id)),
                        (p, a) -> p == null ? null : p.authorId),
                new KeyCase(
                        "a.name",
                        (p, a) -> a.name,
                        (p, a) -> new G(a.name, count(), sum(p.views), max(p.views), countDistinct(a.id)),
                        (p, a) -> a == null ? null : a.name),
                new KeyCase(
                        "p.published",
                        (p, a) -> p.published,
                        (p, a) -> new G(p.published, count(), sum(p.views), max(p.views), countDistinct(a.id)),
                        (p, a) -> p == null ? null : p.published),
                new KeyCase(
                        "p.views/100",
                        (p, a) -> p.views / 100,
                        (p, a) -> new G(p.views / 100, count(), sum(p.views), max(p.views), countDistinct(a.id)),
                        (p, a) -> p == null ? null : p.views / 100));
    }

    static List<HavingCase> havings(Random r) {
        int n = 1 + r.nextInt(4);
        int t = List.of(0, 50, 100, 300, 1000).get(r.nextInt(5));
        return List.of(
                new HavingCase("count>=" + n, (p, a) -> count() >= n, g -> g.size() >= n),
                new HavingCase("sum>" + t, (p, a) -> sum(p.views) > t, g -> {
                    Long s = sumViews(g);
                    return s != null && s > t;
                }),
                new HavingCase("max<" + t, (p, a) -> max(p.views) < t, g -> {
                    Integer mx = maxViews(g);
                    return mx != null && mx < t;
                }),
                new HavingCase(
                        "authors>=1",
                        (p, a) -> countDistinct(a.id) >= 1,
                        g -> g.stream().anyMatch(x -> x.second() != null)));
    }

    // ---- data ----

    static void seed(Database db, Random r, List<JAuthor> authors, List<JPost> posts) {
        await(db.createTable(JAuthor.class));
        await(db.createTable(JPost.class));
        String[] names = {"Ann", "Alf", "Bob", "Cid", null, "Abe", "Zed", "Amy", "Dan", null};
        for (String name : names) {
            JAuthor a = JAuthor.of(name, r.nextInt(5) == 0 ? null : 18 + r.nextInt(50));
            await(db.save(a));
            authors.add(a);
        }
        int[] views = {0, 5, 7, 50, 100, 100, 250, 250, 1000, 42, 7};
        String[] words = {"Java", "SQL", "Vert.x", "Async", "Kotlin", "Go", "Rust", "Lambda"};
        for (int i = 0; i < 60; i++) {
            int pick = r.nextInt(12);
            Long author = pick == 0 ? null : pick == 1 ? 999L : authors.get(r.nextInt(authors.size() - 2)).id;
            JPost p = JPost.of(
                    words[r.nextInt(words.length)] + " " + r.nextInt(100),
                    views[r.nextInt(views.length)],
                    r.nextInt(4) == 0 ? null : (double) r.nextInt(50) / 10.0,
                    r.nextBoolean(),
                    author);
            await(db.save(p));
            posts.add(p);
        }
    }

    static List<Pair<JPost, JAuthor>> javaJoin(JoinKind kind, List<JPost> posts, List<JAuthor> authors) {
        List<Pair<JPost, JAuthor>> out = new ArrayList<>();
        if (kind == JoinKind.RIGHT) {
            for (JAuthor a : authors) {
                boolean any = false;
                for (JPost p : posts) {
                    if (Objects.equals(p.authorId, a.id)) {
                        out.add(new Pair<>(p, a));
                        any = true;
                    }
                }
                if (!any) {
                    out.add(new Pair<>(null, a));
                }
            }
            return out;
        }
        for (JPost p : posts) {
            boolean any = false;
            for (JAuthor a : authors) {
                if (Objects.equals(p.authorId, a.id)) {
                    out.add(new Pair<>(p, a));
                    any = true;
                }
            }
            if (!any && kind == JoinKind.LEFT) {
                out.add(new Pair<>(p, null));
            }
        }
        return out;
    }

    static JoinQuery2<JPost, JAuthor> join(Database db, JoinKind kind) {
        return switch (kind) {
            case INNER -> db.from(JPost.class).join(JAuthor.class, (p, a) -> p.authorId.equals(a.id));
            case LEFT -> db.from(JPost.class).leftJoin(JAuthor.class, (p, a) -> p.authorId.equals(a.id));
            case RIGHT -> db.from(JPost.class).rightJoin(JAuthor.class, (p, a) -> p.authorId.equals(a.id));
        };
    }

    static Long sumViews(List<Pair<JPost, JAuthor>> g) {
        return g.stream().anyMatch(x -> x.first() != null)
                ? g.stream()
                        .filter(x -> x.first() != null)
                        .mapToLong(x -> x.first().views)
                        .sum()
                : null;
    }

    static Integer maxViews(List<Pair<JPost, JAuthor>> g) {
        return g.stream()
                .filter(x -> x.first() != null)
                .map(x -> x.first().views)
                .max(Integer::compare)
                .orElse(null);
    }

    static String ids(Pair<JPost, JAuthor> x) {
        return (x.first() == null ? "-" : x.first().id) + "/" + (x.second() == null ? "-" : x.second().id);
    }

    static String str(Object o) {
        return o instanceof Number n && !(o instanceof Double) ? Long.toString(n.longValue()) : String.valueOf(o);
    }

    static String groupString(G g) {
        return str(g.key()) + "|" + g.n() + "|" + g.views() + "|" + g.maxViews() + "|" + g.authors();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void randomJoinGroupWindowQueriesMatchJava(TestDb testDb) {
        System.out.println("RelationalDifferentialTest[" + testDb + "] seed=" + SEED + " cases=" + CASES);
        Database db = TestDatabases.open(testDb);
        Random r = new Random(SEED);
        List<JAuthor> authors = new ArrayList<>();
        List<JPost> posts = new ArrayList<>();
        seed(db, r, authors, posts);
        List<String> mismatches = new ArrayList<>();
        int joins = 0;
        int groups = 0;
        int windows = 0;
        int nonEmpty = 0;
        for (int k = 0; k < CASES; k++) {
            int shape = r.nextInt(100);
            String description = "?";
            try {
                if (shape < 40) {
                    joins++;
                    JoinKind kind = JoinKind.values()[r.nextInt(3)];
                    List<FilterCase> pool = filters(r);
                    FilterCase f1 = pool.get(r.nextInt(pool.size()));
                    FilterCase f2 = r.nextBoolean() ? pool.get(r.nextInt(pool.size())) : null;
                    JoinQuery2<JPost, JAuthor> q = join(db, kind).where(f1.lambda());
                    BiPredicate<JPost, JAuthor> java = f1.lambda()::test;
                    if (f2 != null) {
                        q = q.where(f2.lambda());
                        java = java.and(f2.lambda()::test);
                    }
                    BiPredicate<JPost, JAuthor> keep = java;
                    List<Pair<JPost, JAuthor>> expectedRows = javaJoin(kind, posts, authors).stream()
                            .filter(x -> keep.test(x.first(), x.second()))
                            .toList();
                    description = "join " + kind + " where " + f1.name() + (f2 == null ? "" : " and " + f2.name());
                    boolean limited = r.nextInt(3) == 0;
                    List<String> expected;
                    List<String> actual;
                    if (limited) {
                        long limit = 1 + r.nextInt(8);
                        long offset = r.nextInt(4);
                        description += " order by a.id, p.id limit " + limit + " offset " + offset;
                        Comparator<Long> nf = Comparator.nullsFirst(Comparator.naturalOrder());
                        expected = expectedRows.stream()
                                .sorted(Comparator.comparing(
                                                (Pair<JPost, JAuthor> x) -> x.second() == null ? null : x.second().id,
                                                nf)
                                        .thenComparing(x -> x.first() == null ? null : x.first().id, nf))
                                .skip(offset)
                                .limit(limit)
                                .map(RelationalDifferentialTest::ids)
                                .toList();
                        var limitedQuery = q.orderBy((p, a) -> a.id, (p, a) -> p.id)
                                .limit(limit)
                                .offset(offset);
                        actual = await(limitedQuery.list()).stream()
                                .map(RelationalDifferentialTest::ids)
                                .toList();
                        long c = await(limitedQuery.count());
                        if (c != expected.size()) {
                            mismatches.add("#" + k + " " + description + ": count " + c + " != " + expected.size());
                        }
                    } else {
                        expected = expectedRows.stream()
                                .map(RelationalDifferentialTest::ids)
                                .sorted()
                                .toList();
                        actual = await(q.list()).stream()
                                .map(RelationalDifferentialTest::ids)
                                .sorted()
                                .toList();
                        long c = await(q.count());
                        if (c != expected.size()) {
                            mismatches.add("#" + k + " " + description + ": count " + c + " != " + expected.size());
                        }
                    }
                    nonEmpty += expected.isEmpty() ? 0 : 1;
                    if (!expected.equals(actual)) {
                        mismatches.add("#" + k + " " + description + "\n  SQL: " + q.toSql() + "\n  java: " + expected
                                + "\n  db:   " + actual);
                    }
                } else if (shape < 75) {
                    groups++;
                    JoinKind kind = JoinKind.values()[r.nextInt(3)];
                    List<FilterCase> pool = filters(r);
                    FilterCase f = r.nextInt(3) == 0 ? null : pool.get(r.nextInt(pool.size()));
                    List<KeyCase> keyPool = keys();
                    KeyCase key = keyPool.get(r.nextInt(keyPool.size()));
                    List<HavingCase> hp = havings(r);
                    HavingCase h = r.nextBoolean() ? hp.get(r.nextInt(hp.size())) : null;
                    JoinQuery2<JPost, JAuthor> q = join(db, kind);
                    if (f != null) {
                        q = q.where(f.lambda());
                    }
                    q = q.groupBy(key.key());
                    if (h != null) {
                        q = q.having(h.lambda());
                    }
                    description = "group " + kind + (f == null ? "" : " where " + f.name()) + " by " + key.name()
                            + (h == null ? "" : " having " + h.name());
                    Map<String, List<Pair<JPost, JAuthor>>> byKey = new LinkedHashMap<>();
                    Map<String, Object> keyValue = new HashMap<>();
                    for (Pair<JPost, JAuthor> x : javaJoin(kind, posts, authors)) {
                        if (f != null && !f.lambda().test(x.first(), x.second())) {
                            continue;
                        }
                        Object kv = key.java().key(x.first(), x.second());
                        byKey.computeIfAbsent(str(kv), s -> new ArrayList<>()).add(x);
                        keyValue.put(str(kv), kv);
                    }
                    List<String> expected = new ArrayList<>();
                    for (Map.Entry<String, List<Pair<JPost, JAuthor>>> e : byKey.entrySet()) {
                        List<Pair<JPost, JAuthor>> g = e.getValue();
                        if (h != null && !h.java().test(g)) {
                            continue;
                        }
                        long authorsIn = g.stream()
                                .filter(x -> x.second() != null)
                                .map(x -> x.second().id)
                                .distinct()
                                .count();
                        expected.add(groupString(
                                new G(keyValue.get(e.getKey()), g.size(), sumViews(g), maxViews(g), authorsIn)));
                    }
                    expected.sort(null);
                    var sq = q.select(key.select());
                    List<String> actual = await(sq.list()).stream()
                            .map(RelationalDifferentialTest::groupString)
                            .sorted()
                            .toList();
                    nonEmpty += expected.isEmpty() ? 0 : 1;
                    if (!expected.equals(actual)) {
                        mismatches.add("#" + k + " " + description + "\n  SQL: " + sq.toSql() + "\n  java: " + expected
                                + "\n  db:   " + actual);
                    }
                    long c = await(q.count());
                    if (c != expected.size()) {
                        mismatches.add(
                                "#" + k + " " + description + ": count of groups " + c + " != " + expected.size());
                    }
                } else {
                    windows++;
                    WindowCase w = WINDOWS.get(r.nextInt(WINDOWS.size()));
                    int t = List.of(0, 5, 50, 100).get(r.nextInt(4));
                    boolean filtered = r.nextBoolean();
                    description = "window " + w.name() + (filtered ? " where views >= " + t : "");
                    var base = filtered ? db.from(JPost.class).where(p -> p.views >= t) : db.from(JPost.class);
                    List<JPost> rows = posts.stream()
                            .filter(p -> !filtered || p.views >= t)
                            .toList();
                    var sq = base.orderBy(p -> p.id).select(w.select());
                    List<String> actual = await(sq.list()).stream()
                            .map(x -> x.id() + "=" + str(x.value()))
                            .toList();
                    List<String> expected = rows.stream()
                            .sorted(Comparator.comparing((JPost p) -> p.id))
                            .map(p -> p.id + "=" + str(javaWindow(w, rows, p)))
                            .toList();
                    nonEmpty += expected.isEmpty() ? 0 : 1;
                    if (!expected.equals(actual)) {
                        mismatches.add("#" + k + " " + description + "\n  SQL: " + sq.toSql() + "\n  java: " + expected
                                + "\n  db:   " + actual);
                    }
                }
            } catch (RuntimeException e) {
                mismatches.add("#" + k + " " + description + " failed: " + e);
            }
        }
        System.out.println("RelationalDifferentialTest[" + testDb + "] seed=" + SEED + ": " + joins + " joins, "
                + groups + " groupings, " + windows + " windows; " + nonEmpty + " non-empty; " + mismatches.size()
                + " mismatches");
        assertTrue(CASES >= 500 || Long.getLong("kakaorm.reldiff.cases") != null, "at least 500 queries by default");
        assertTrue(nonEmpty > CASES / 2, "too few queries return anything: " + nonEmpty);
        if (!mismatches.isEmpty()) {
            fail(mismatches.size() + " of " + CASES + " queries differ on " + testDb + " (seed " + SEED
                    + ", rerun with -Dkakaorm.diff.seed=" + SEED + "):\n"
                    + String.join("\n", mismatches.subList(0, Math.min(10, mismatches.size()))));
        }
    }

    /** The Java value of a window case for {@code p} among {@code rows} (the filtered posts). */
    static Object javaWindow(WindowCase w, List<JPost> rows, JPost p) {
        Object part = w.partition().apply(p);
        List<JPost> partition = rows.stream()
                .filter(o -> Objects.equals(w.partition().apply(o), part))
                .toList();
        List<JPost> sorted = partition.stream()
                .sorted(Comparator.comparingInt((JPost o) -> o.views).thenComparing(o -> o.id))
                .toList();
        int i = sorted.indexOf(p);
        return switch (w.kind()) {
            case ROW_NUMBER -> (long) i + 1;
            case RANK -> 1 + partition.stream().filter(o -> o.views < p.views).count();
            case DENSE_RANK_DESC ->
                1
                        + partition.stream()
                                .filter(o -> o.views > p.views)
                                .map(o -> o.views)
                                .distinct()
                                .count();
            case RUNNING_SUM ->
                partition.stream()
                        .filter(o -> o.views <= p.views)
                        .mapToLong(o -> o.views)
                        .sum();
            case RUNNING_COUNT ->
                partition.stream().filter(o -> o.views <= p.views).count();
            case LAG1 -> i >= 1 ? sorted.get(i - 1).views : -1;
            case LEAD2 -> i + 2 < sorted.size() ? sorted.get(i + 2).views : 0;
            case MAX -> partition.stream().mapToInt(o -> o.views).max().orElseThrow();
            case COUNT_SCORE -> partition.stream().filter(o -> o.score != null).count();
        };
    }
}
