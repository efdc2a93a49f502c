package io.kakaorm.dialect.live;

import static io.kakaorm.dialect.E.bin;
import static io.kakaorm.dialect.E.call;
import static io.kakaorm.dialect.E.col;
import static io.kakaorm.dialect.E.not;
import static io.kakaorm.dialect.E.p;
import static io.kakaorm.dialect.E.un;
import static io.kakaorm.expr.BinaryOp.ADD;
import static io.kakaorm.expr.BinaryOp.AND;
import static io.kakaorm.expr.BinaryOp.CONCAT;
import static io.kakaorm.expr.BinaryOp.DIV;
import static io.kakaorm.expr.BinaryOp.EQ;
import static io.kakaorm.expr.BinaryOp.GE;
import static io.kakaorm.expr.BinaryOp.GT;
import static io.kakaorm.expr.BinaryOp.LT;
import static io.kakaorm.expr.BinaryOp.MOD;
import static io.kakaorm.expr.BinaryOp.MUL;
import static io.kakaorm.expr.BinaryOp.NE;
import static io.kakaorm.expr.BinaryOp.OR;
import static io.kakaorm.expr.BinaryOp.SUB;
import static io.kakaorm.expr.ColumnType.BOOLEAN;
import static io.kakaorm.expr.ColumnType.DECIMAL;
import static io.kakaorm.expr.ColumnType.DOUBLE;
import static io.kakaorm.expr.ColumnType.INT;
import static io.kakaorm.expr.ColumnType.LONG;
import static io.kakaorm.expr.ColumnType.STRING;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kakaorm.Column;
import io.kakaorm.Model;
import io.kakaorm.dialect.Dialect;
import io.kakaorm.expr.Between;
import io.kakaorm.expr.CaseWhen;
import io.kakaorm.expr.Expr;
import io.kakaorm.expr.Function;
import io.kakaorm.expr.InList;
import io.kakaorm.expr.InParam;
import io.kakaorm.expr.InSubquery;
import io.kakaorm.expr.Like;
import io.kakaorm.expr.Literal;
import io.kakaorm.expr.MatchKind;
import io.kakaorm.expr.StringMatch;
import io.kakaorm.expr.UnaryOp;
import io.kakaorm.meta.ColumnMeta;
import io.kakaorm.meta.ModelMeta;
import io.kakaorm.query.Insert;
import io.kakaorm.query.OrderItem;
import io.kakaorm.query.Select;
import io.kakaorm.query.SelectItem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.function.Predicate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each predicate selects on every database exactly the rows its Java meaning selects from the same
 * objects: NULLs, NOT, case, wildcards in needles, integer division, remainders, IN, decimals as text.
 */
class SemanticsTest {

    public static class Sem extends Model<Sem> {
        public int n;
        public Integer ni;
        public double x;
        public Double nx;
        public String s;

        @Column(nullable = false)
        public String t;

        public boolean flag;
        public Boolean nflag;
        public BigDecimal price;

        Sem(int n, Integer ni, double x, Double nx, String s, String t, boolean flag, Boolean nflag, String price) {
            this.n = n;
            this.ni = ni;
            this.x = x;
            this.nx = nx;
            this.s = s;
            this.t = t;
            this.flag = flag;
            this.nflag = nflag;
            this.price = price == null ? null : new BigDecimal(price);
        }

        public Sem() {}
    }

    static final ModelMeta<Sem> M = ModelMeta.of(Sem.class);

    static List<Sem> rows() {
        return List.of(
                new Sem(7, 5, 7.5, null, "abc", "a", true, true, "9.99"),
                new Sem(-7, null, -7.5, 2.0, "ABC", "C", false, null, "100.00"),
                new Sem(0, 0, 2.0, -1.0, "a%c", "%", true, false, "10.50"),
                new Sem(3, 3, 0.5, 3.5, "a_c", "b", false, true, null),
                new Sem(-1, -3, -0.5, null, "ab\\c", "\\", true, null, "-2"),
                new Sem(10, null, 10.0, 0.0, null, "x", false, false, "0.001"),
                new Sem(5, 5, 5.0, 5.0, "abc ", "c ", true, true, "10.5"),
                new Sem(2, 2, 1.0, 1.0, "", "", false, false, "1E+3"),
                new Sem(-8, -8, 3.25, null, "Zed", "zed", true, null, "7"));
    }

    /**
     * @param java      what Java selects
     * @param knownDiff where a database cannot do what Java does, what it does instead (documented in the README)
     */
    record Case(String name, Expr where, Object[] params, Predicate<Sem> java, Map<TestDb, Predicate<Sem>> knownDiff) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Case c(String name, Expr where, Predicate<Sem> java, Object... params) {
        return new Case(name, where, params, java, Map.of());
    }

    static Case differs(Case c, TestDb db, Predicate<Sem> actually) {
        return new Case(c.name(), c.where(), c.params(), c.java(), Map.of(db, actually));
    }

    static Expr f(String field) {
        return col(M, field);
    }

    static List<Case> cases() {
        List<Case> cs = new ArrayList<>();
        cs.add(c("nullable != value", bin(NE, f("ni"), p(0, INT)), r -> !Objects.equals(r.ni, 5), 5));
        cs.add(c("nullable == null param", bin(EQ, f("ni"), p(0, INT)), r -> r.ni == null, (Object) null));
        cs.add(c("nullable != null param", bin(NE, f("ni"), p(0, INT)), r -> r.ni != null, (Object) null));
        cs.add(c(
                "nullable == nullable",
                bin(EQ, f("ni"), f("nx")),
                r -> Objects.equals(r.ni == null ? null : r.ni.doubleValue(), r.nx)));
        cs.add(c(
                "nullable != nullable",
                bin(NE, f("ni"), f("nx")),
                r -> !Objects.equals(r.ni == null ? null : r.ni.doubleValue(), r.nx)));
        cs.add(c(
                "NOT of a nullable comparison", not(bin(GT, f("ni"), p(0, INT))), r -> !(r.ni != null && r.ni > 3), 3));
        cs.add(c(
                "NOT of AND over nullables",
                not(bin(AND, bin(GT, f("ni"), p(0, INT)), bin(LT, f("nx"), p(1, DOUBLE)))),
                r -> !(r.ni != null && r.ni > 0 && r.nx != null && r.nx < 4),
                0,
                4.0));
        cs.add(c("NOT of a non-null comparison", not(bin(GT, f("n"), p(0, INT))), r -> !(r.n > 0), 0));
        cs.add(c("NOT NOT", not(not(bin(EQ, f("ni"), p(0, INT)))), r -> Objects.equals(r.ni, 5), 5));
        cs.add(c(
                "OR with a nullable side",
                bin(OR, bin(EQ, f("ni"), p(0, INT)), bin(GT, f("n"), p(1, INT))),
                r -> Objects.equals(r.ni, 3) || r.n > 6,
                3,
                6));
        cs.add(c("boolean column", f("flag"), r -> r.flag));
        cs.add(c("NOT boolean column", not(f("flag")), r -> !r.flag));
        cs.add(c("nullable boolean", f("nflag"), r -> Boolean.TRUE.equals(r.nflag)));
        cs.add(c("NOT nullable boolean", not(f("nflag")), r -> !Boolean.TRUE.equals(r.nflag)));
        cs.add(c("boolean = param", bin(EQ, f("flag"), p(0, BOOLEAN)), r -> !r.flag, false));
        cs.add(c(
                "string equality is case- and space-sensitive",
                bin(EQ, f("s"), p(0, STRING)),
                r -> "abc".equals(r.s),
                "abc"));
        cs.add(c("string != value", bin(NE, f("s"), p(0, STRING)), r -> !"abc".equals(r.s), "abc"));
        cs.add(c(
                "string ordering is code-point order",
                bin(GT, f("s"), p(0, STRING)),
                r -> r.s != null && r.s.compareTo("Z") > 0,
                "Z"));
        cs.add(c(
                "string ordering lower",
                bin(LT, f("s"), p(0, STRING)),
                r -> r.s != null && r.s.compareTo("a") < 0,
                "a"));
        cs.add(c(
                "startsWith a%",
                new StringMatch(f("s"), p(0, STRING), MatchKind.PREFIX, false),
                r -> r.s != null && r.s.startsWith("a%"),
                "a%"));
        cs.add(c(
                "startsWith a_",
                new StringMatch(f("s"), p(0, STRING), MatchKind.PREFIX, false),
                r -> r.s != null && r.s.startsWith("a_"),
                "a_"));
        cs.add(c(
                "startsWith a (case-sensitive)",
                new StringMatch(f("s"), p(0, STRING), MatchKind.PREFIX, false),
                r -> r.s != null && r.s.startsWith("a"),
                "a"));
        cs.add(c(
                "contains backslash",
                new StringMatch(f("s"), p(0, STRING), MatchKind.CONTAINS, false),
                r -> r.s != null && r.s.contains("\\"),
                "\\"));
        cs.add(c(
                "contains [*?",
                new StringMatch(f("s"), p(0, STRING), MatchKind.CONTAINS, false),
                r -> r.s != null && r.s.contains("[*?"),
                "[*?"));
        cs.add(c(
                "endsWith C",
                new StringMatch(f("s"), p(0, STRING), MatchKind.SUFFIX, false),
                r -> r.s != null && r.s.endsWith("C"),
                "C"));
        cs.add(c(
                "contains empty",
                new StringMatch(f("s"), p(0, STRING), MatchKind.CONTAINS, false),
                r -> r.s != null && r.s.contains(""),
                ""));
        cs.add(c(
                "NOT contains b",
                not(new StringMatch(f("s"), p(0, STRING), MatchKind.CONTAINS, false)),
                r -> !(r.s != null && r.s.contains("b")),
                "b"));
        cs.add(c(
                "startsWith ignoring case",
                new StringMatch(f("s"), p(0, STRING), MatchKind.PREFIX, true),
                r -> r.s != null && r.s.toLowerCase().startsWith("ab"),
                "AB"));
        cs.add(c(
                "equalsIgnoreCase",
                new StringMatch(f("s"), p(0, STRING), MatchKind.EQUALS, true),
                r -> r.s != null && r.s.equalsIgnoreCase("aBc"),
                "aBc"));
        cs.add(c(
                "startsWith a column",
                new StringMatch(f("s"), f("t"), MatchKind.PREFIX, false),
                r -> r.s != null && r.s.startsWith(r.t)));
        cs.add(c(
                "endsWith a column",
                new StringMatch(f("s"), f("t"), MatchKind.SUFFIX, false),
                r -> r.s != null && r.s.endsWith(r.t)));
        cs.add(c(
                "contains a column",
                new StringMatch(f("s"), f("t"), MatchKind.CONTAINS, false),
                r -> r.s != null && r.s.contains(r.t)));
        cs.add(c(
                "contains a column ignoring case",
                new StringMatch(f("s"), f("t"), MatchKind.CONTAINS, true),
                r -> r.s != null && r.s.toLowerCase().contains(r.t.toLowerCase())));
        cs.add(c(
                "LIKE a_c is case-sensitive",
                new Like(f("s"), p(0, STRING), false),
                r -> r.s != null && r.s.matches("a.c"),
                "a_c"));
        cs.add(c("LIKE A%", new Like(f("s"), p(0, STRING), false), r -> r.s != null && r.s.startsWith("A"), "A%"));
        cs.add(c("LIKE with an escaped %", new Like(f("s"), p(0, STRING), false), r -> "a%c".equals(r.s), "a\\%c"));
        cs.add(c(
                "ILIKE",
                new Like(f("s"), p(0, STRING), true),
                r -> r.s != null && r.s.toLowerCase().matches("a.c"),
                "A_C"));
        cs.add(c(
                "integer division truncates toward zero",
                bin(EQ, bin(DIV, f("n"), p(0, INT)), p(1, INT)),
                r -> r.n / 2 == -3,
                2,
                -3));
        cs.add(c(
                "integer remainder has the dividend's sign",
                bin(EQ, bin(MOD, f("n"), p(0, INT)), p(1, INT)),
                r -> r.n % 3 == -1,
                3,
                -1));
        cs.add(c(
                "double division",
                bin(GT, bin(DIV, f("x"), p(0, DOUBLE)), p(1, DOUBLE)),
                r -> r.x / 2.0 > 1.2,
                2.0,
                1.2));
        cs.add(c(
                "int column divided by a double",
                bin(GT, bin(DIV, f("n"), p(0, DOUBLE)), p(1, DOUBLE)),
                r -> r.n / 2.0 > 1.2,
                2.0,
                1.2));
        cs.add(c(
                "double remainder",
                bin(EQ, bin(MOD, f("x"), p(0, DOUBLE)), p(1, DOUBLE)),
                r -> r.x % 2.0 == -1.5,
                2.0,
                -1.5));
        cs.add(c(
                "int column compared with a long",
                bin(LT, f("n"), p(0, LONG)),
                r -> r.n < 5_000_000_000L,
                5_000_000_000L));
        cs.add(c(
                "arithmetic",
                bin(GT, bin(SUB, bin(MUL, f("n"), p(0, INT)), bin(ADD, f("n"), p(1, INT))), p(2, INT)),
                r -> r.n * 3 - (r.n + 1) > 5,
                3,
                1,
                5));
        cs.add(c("negate", bin(GT, un(UnaryOp.NEGATE, f("n")), p(0, INT)), r -> -r.n > 2, 2));
        cs.add(c(
                "decimal compared as a number",
                bin(GT, f("price"), p(0, DECIMAL)),
                r -> r.price != null && r.price.compareTo(new BigDecimal("10.5")) > 0,
                new BigDecimal("10.5")));
        cs.add(c(
                "decimal equality",
                bin(EQ, f("price"), p(0, DECIMAL)),
                r -> r.price != null && r.price.compareTo(new BigDecimal("1000")) == 0,
                new BigDecimal("1000")));
        cs.add(c(
                "IN params with a null",
                new InParam(f("ni"), 0, false),
                r -> Arrays.asList(1, 5, null).contains(r.ni),
                Arrays.asList(1, 5, null)));
        cs.add(c(
                "NOT IN params",
                new InParam(f("ni"), 0, true),
                r -> !Arrays.asList(5, 3).contains(r.ni),
                List.of(5, 3)));
        cs.add(c(
                "NOT IN params with a null",
                new InParam(f("ni"), 0, true),
                r -> !Arrays.asList(5, null).contains(r.ni),
                Arrays.asList(5, null)));
        cs.add(c("IN empty", new InParam(f("n"), 0, false), r -> false, List.of()));
        cs.add(c("NOT IN empty", new InParam(f("n"), 0, true), r -> true, List.of()));
        cs.add(c(
                "IN list",
                new InList(f("ni"), List.of(p(0, INT), p(1, INT)), false),
                r -> r.ni != null && (r.ni == 0 || r.ni == 2),
                0,
                2));
        cs.add(c("NOT IN list", new InList(f("ni"), List.of(p(0, INT)), true), r -> !Objects.equals(r.ni, 0), 0));
        cs.add(c(
                "between",
                new Between(f("ni"), p(0, INT), p(1, INT)),
                r -> r.ni != null && r.ni >= 0 && r.ni <= 3,
                0,
                3));
        cs.add(c(
                "NOT between",
                not(new Between(f("ni"), p(0, INT), p(1, INT))),
                r -> !(r.ni != null && r.ni >= 0 && r.ni <= 3),
                0,
                3));
        cs.add(c(
                "concat with a null reads 'null'",
                bin(EQ, bin(CONCAT, f("s"), f("t")), p(0, STRING)),
                r -> (r.s + r.t).equals("nullx"),
                "nullx"));
        cs.add(c(
                "concat of three",
                bin(EQ, bin(CONCAT, bin(CONCAT, f("t"), p(0, STRING)), f("t")), p(1, STRING)),
                r -> (r.t + "-" + r.t).equals("a-a"),
                "-",
                "a-a"));
        cs.add(c(
                "concat with a number",
                bin(EQ, bin(CONCAT, f("t"), f("n")), p(0, STRING)),
                r -> (r.t + r.n).equals("a7"),
                "a7"));
        cs.add(c(
                "concat with a nullable number",
                bin(EQ, bin(CONCAT, f("t"), f("ni")), p(0, STRING)),
                r -> (r.t + r.ni).equals("xnull"),
                "xnull"));
        // SQLite stores decimals as exact text and compares them with Java's BigDecimal (kakaorm_dec)
        cs.add(c(
                "decimal beyond a double's precision",
                bin(LT, f("price"), p(0, DECIMAL)),
                r -> r.price != null && r.price.compareTo(new BigDecimal("10.50000000000000000001")) < 0,
                new BigDecimal("10.50000000000000000001")));
        cs.add(c(
                "length counts characters",
                bin(EQ, call(Function.LENGTH, INT, f("s")), p(0, INT)),
                r -> r.s != null && r.s.length() == 4,
                4));
        cs.add(c(
                "coalesce",
                bin(GT, call(Function.COALESCE, INT, f("ni"), p(0, INT)), p(1, INT)),
                r -> (r.ni == null ? 100 : r.ni) > 4,
                100,
                4));
        cs.add(c("abs", bin(EQ, call(Function.ABS, INT, f("n")), p(0, INT)), r -> Math.abs(r.n) == 7, 7));
        cs.add(c(
                "lower/upper",
                bin(EQ, call(Function.UPPER, STRING, f("s")), p(0, STRING)),
                r -> r.s != null && r.s.toUpperCase().equals("ABC"),
                "ABC"));
        cs.add(c(
                "case when",
                bin(
                        EQ,
                        new CaseWhen(
                                List.of(new CaseWhen.When(bin(GT, f("ni"), p(0, INT)), p(1, STRING))), p(2, STRING)),
                        p(3, STRING)),
                r -> (r.ni != null && r.ni > 2 ? "big" : "small").equals("small"),
                2,
                "big",
                "small",
                "small"));
        cs.add(c("literals", bin(OR, Literal.FALSE, bin(EQ, f("n"), new Literal(-7L, LONG))), r -> r.n == -7));
        cs.add(c(
                "is null / is not null",
                bin(AND, un(UnaryOp.IS_NULL, f("nx")), un(UnaryOp.IS_NOT_NULL, f("ni"))),
                r -> r.nx == null && r.ni != null));
        Select positive =
                Select.from(M).withItems(List.of(new SelectItem(f("ni"), null))).withWhere(bin(GT, f("n"), p(0, INT)));
        cs.add(c(
                "IN subquery with its own params",
                bin(AND, bin(GE, f("n"), p(0, INT)), new InSubquery(f("n"), positive, 1, false)),
                r -> r.n >= 3 && rows().stream().anyMatch(o -> o.n > 2 && Objects.equals(o.ni, r.n)),
                3,
                2));
        cs.add(c(
                "NOT IN subquery",
                new InSubquery(
                        f("n"),
                        positive.withWhere(bin(AND, bin(GT, f("n"), p(0, INT)), un(UnaryOp.IS_NOT_NULL, f("ni")))),
                        0,
                        true),
                r -> rows().stream().noneMatch(o -> o.n > 2 && o.ni != null && o.ni == r.n),
                2));
        return cs;
    }

    /**
     * Random AND/OR/NOT combinations of the cases (seeded; the seed is in the failure message), to check
     * parenthesising and two-valued logic under composition.
     */
    static List<Case> combinations(long seed, int count) {
        Random rnd = new Random(seed);
        List<Case> atoms = cases();
        List<Case> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(combine(rnd, atoms, 3));
        }
        return out;
    }

    private static Case combine(Random rnd, List<Case> atoms, int depth) {
        int pick = depth == 0 ? 0 : rnd.nextInt(4);
        if (pick == 0) {
            return atoms.get(rnd.nextInt(atoms.size()));
        }
        Case a = combine(rnd, atoms, depth - 1);
        if (pick == 1) {
            Map<TestDb, Predicate<Sem>> diff = new HashMap<>();
            a.knownDiff().forEach((db, p) -> diff.put(db, p.negate()));
            return new Case(
                    "NOT(" + a.name() + ")",
                    not(a.where()),
                    a.params(),
                    a.java().negate(),
                    diff);
        }
        Case b = combine(rnd, atoms, depth - 1);
        boolean and = pick == 2;
        Object[] params = new Object[a.params().length + b.params().length];
        System.arraycopy(a.params(), 0, params, 0, a.params().length);
        System.arraycopy(b.params(), 0, params, a.params().length, b.params().length);
        Expr where = bin(and ? AND : OR, a.where(), Shift.shift(b.where(), a.params().length));
        Map<TestDb, Predicate<Sem>> diff = new HashMap<>();
        for (TestDb db : TestDb.values()) {
            if (a.knownDiff().containsKey(db) || b.knownDiff().containsKey(db)) {
                Predicate<Sem> pa = a.knownDiff().getOrDefault(db, a.java());
                Predicate<Sem> pb = b.knownDiff().getOrDefault(db, b.java());
                diff.put(db, and ? pa.and(pb) : pa.or(pb));
            }
        }
        return new Case(
                "(" + a.name() + (and ? ") AND (" : ") OR (") + b.name() + ")",
                where,
                params,
                and ? a.java().and(b.java()) : a.java().or(b.java()),
                diff);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void randomCombinationsSelectWhatJavaSelects(TestDb db) {
        long seed = Long.getLong("kakaorm.seed", System.nanoTime());
        assertEquals(
                "",
                mismatches(db, combinations(seed, 200)),
                db + " mismatches with seed " + seed + " (rerun with -Dkakaorm.seed=" + seed + ")");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void everyPredicateSelectsWhatJavaSelects(TestDb db) {
        assertEquals("", mismatches(db, cases()), db + " mismatches");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void orderByFollowsJavasNaturalOrderNullsFirst(TestDb db) {
        try (LiveDb live = db.open()) {
            Dialect d = live.dialect();
            List<Sem> rows = insertRows(live);
            Comparator<Sem> byId = Comparator.comparing(r -> r.id);
            for (boolean desc : new boolean[] {false, true}) {
                Comparator<String> strings = Comparator.nullsFirst(Comparator.<String>naturalOrder());
                Comparator<Integer> ints = Comparator.nullsFirst(Comparator.<Integer>naturalOrder());
                Comparator<Sem> byS = Comparator.comparing((Sem r) -> r.s, desc ? strings.reversed() : strings);
                Comparator<Sem> byNi = Comparator.comparing((Sem r) -> r.ni, desc ? ints.reversed() : ints);
                for (var key : List.of(Map.entry("s", byS), Map.entry("ni", byNi))) {
                    List<Long> expected = rows.stream()
                            .sorted(key.getValue().thenComparing(byId))
                            .map(r -> r.id)
                            .toList();
                    Select s = Select.from(M)
                            .withItems(List.of(new SelectItem(f("id"), null)))
                            .orderedBy(new OrderItem(f(key.getKey()), desc))
                            .orderedBy(new OrderItem(f("id"), false));
                    List<Long> actual = live.query(d.select(s, new Object[0])).stream()
                            .map(row -> ((Number) row.get(0)).longValue())
                            .toList();
                    assertEquals(expected, actual, db + " ORDER BY " + key.getKey() + (desc ? " DESC" : ""));
                }
            }
        }
    }

    private static List<Sem> insertRows(LiveDb live) {
        Dialect d = live.dialect();
        d.createTable(M, false).forEach(live::execute);
        List<ColumnMeta> cols = M.columns().subList(1, M.columns().size());
        List<Sem> rows = rows();
        for (Sem r : rows) {
            Object[] values = cols.stream().map(c -> c.get(r)).toArray();
            r.id = ((Number) live.insert(d.insert(new Insert(M, cols, true), values))).longValue();
        }
        return rows;
    }

    private static String mismatches(TestDb db, List<Case> cases) {
        try (LiveDb live = db.open()) {
            Dialect d = live.dialect();
            List<Sem> rows = insertRows(live);
            List<String> failures = new ArrayList<>();
            for (Case c : cases) {
                List<Long> expected = rows.stream()
                        .filter(c.knownDiff().getOrDefault(db, c.java()))
                        .map(r -> r.id)
                        .toList();
                Select s = Select.from(M)
                        .withItems(List.of(new SelectItem(f("id"), null)))
                        .withWhere(c.where())
                        .orderedBy(new OrderItem(f("id"), false));
                var sql = d.select(s, c.params());
                List<Long> actual;
                try {
                    actual = live.query(sql).stream()
                            .map(row -> ((Number) row.get(0)).longValue())
                            .toList();
                } catch (RuntimeException e) {
                    failures.add(c.name() + ": " + e.getMessage());
                    continue;
                }
                if (!expected.equals(actual)) {
                    failures.add(c.name() + ": expected " + expected + " but got " + actual + " from " + sql);
                }
            }
            return String.join("\n", failures);
        }
    }
}
