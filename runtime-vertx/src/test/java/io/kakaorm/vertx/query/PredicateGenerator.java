package io.kakaorm.vertx.query;

import io.kakaorm.expr.Between;
import io.kakaorm.expr.Binary;
import io.kakaorm.expr.BinaryOp;
import io.kakaorm.expr.Call;
import io.kakaorm.expr.CaseWhen;
import io.kakaorm.expr.ColumnRef;
import io.kakaorm.expr.ColumnType;
import io.kakaorm.expr.Expr;
import io.kakaorm.expr.Function;
import io.kakaorm.expr.InList;
import io.kakaorm.expr.InParam;
import io.kakaorm.expr.Like;
import io.kakaorm.expr.Literal;
import io.kakaorm.expr.MatchKind;
import io.kakaorm.expr.Param;
import io.kakaorm.expr.StringMatch;
import io.kakaorm.expr.Unary;
import io.kakaorm.expr.UnaryOp;
import io.kakaorm.meta.ModelMeta;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random predicates over {@link DiffRow} as expression trees with their parameter values, and random
 * rows to apply them to. Everything comes from one seeded {@link Random}: the same seed gives the same
 * rows and predicates.
 */
final class PredicateGenerator {
    /** A predicate and the values of its parameter slots. */
    record Case(Expr predicate, List<Object> params) {
        @Override
        public String toString() {
            return predicate + " with " + params;
        }
    }

    static final String ALPHABET = "aAbB%_\\ z";
    private static final BinaryOp[] CMP = {BinaryOp.EQ, BinaryOp.NE, BinaryOp.LT, BinaryOp.LE, BinaryOp.GT, BinaryOp.GE
    };
    private static final LocalDate EPOCH = LocalDate.of(2024, 1, 1);

    private final Random rnd;
    private final ModelMeta<DiffRow> meta = ModelMeta.of(DiffRow.class);
    private List<Object> params;

    PredicateGenerator(long seed) {
        this.rnd = new Random(seed);
    }

    // ---- rows ----

    List<DiffRow> rows(int n) {
        List<DiffRow> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            DiffRow r = new DiffRow();
            r.i = smallInt();
            r.ni = maybeNull(smallInt());
            r.l = bigLong();
            r.nl = maybeNull(bigLong());
            r.d = quarter();
            r.nd = maybeNull(quarter());
            r.s = string(5);
            r.ns = maybeNull(string(5));
            r.b = rnd.nextBoolean();
            r.nb = maybeNull(rnd.nextBoolean());
            r.dt = date();
            r.ndt = maybeNull(date());
            r.dec = maybeNull(decimal());
            out.add(r);
        }
        return out;
    }

    private <V> V maybeNull(V v) {
        return rnd.nextInt(4) == 0 ? null : v;
    }

    private int smallInt() {
        return rnd.nextInt(41) - 20;
    }

    private long bigLong() {
        long base = rnd.nextBoolean() ? 0 : (1L << 40);
        return (rnd.nextBoolean() ? 1 : -1) * (base + rnd.nextInt(30));
    }

    private double quarter() {
        return (rnd.nextInt(81) - 40) / 4.0;
    }

    private LocalDate date() {
        return EPOCH.plusDays(rnd.nextInt(31));
    }

    String string(int maxLen) {
        int n = rnd.nextInt(maxLen + 1);
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < n; k++) {
            sb.append(ALPHABET.charAt(rnd.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    /** A LIKE pattern: letters, wildcards and escaped characters, never ending in a lone escape. */
    private String likePattern() {
        int n = rnd.nextInt(5);
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < n; k++) {
            int c = rnd.nextInt(10);
            if (c < 2) {
                sb.append('%');
            } else if (c < 3) {
                sb.append('_');
            } else if (c < 4) {
                sb.append('\\').append(ALPHABET.charAt(rnd.nextInt(ALPHABET.length())));
            } else {
                char ch = ALPHABET.charAt(rnd.nextInt(ALPHABET.length()));
                if (ch == '\\' || ch == '%' || ch == '_') {
                    sb.append('\\');
                }
                sb.append(ch);
            }
        }
        return sb.toString();
    }

    // ---- predicates ----

    Case next() {
        params = new ArrayList<>();
        Expr e = predicate(3);
        return new Case(e, params);
    }

    private Param param(Object value, ColumnType type) {
        params.add(value);
        return new Param(params.size() - 1, type);
    }

    private ColumnRef col(String field) {
        return new ColumnRef(meta.columnByField(field));
    }

    private String pick(String... options) {
        return options[rnd.nextInt(options.length)];
    }

    private BinaryOp cmp() {
        return CMP[rnd.nextInt(CMP.length)];
    }

    private Expr predicate(int depth) {
        if (rnd.nextInt(9) == 0) {
            return decimalPredicate();
        }
        int c = rnd.nextInt(depth > 0 ? 16 : 12);
        return switch (c) {
            case 0, 1 ->
                new Binary(cmp(), intExpr(), rnd.nextInt(3) == 0 ? intExpr() : param(smallInt(), ColumnType.INT));
            case 2 -> new Binary(cmp(), longExpr(), param(bigLong(), ColumnType.LONG));
            case 3 ->
                new Binary(
                        cmp(), doubleExpr(), rnd.nextInt(3) == 0 ? doubleExpr() : param(quarter(), ColumnType.DOUBLE));
            case 4 ->
                new Binary(
                        cmp(), stringExpr(), rnd.nextInt(4) == 0 ? stringExpr() : param(string(4), ColumnType.STRING));
            case 5 -> stringMatch();
            case 6 -> new Like(col(pick("s", "ns")), param(likePattern(), ColumnType.STRING), rnd.nextInt(3) == 0);
            case 7 ->
                new Unary(
                        rnd.nextBoolean() ? UnaryOp.IS_NULL : UnaryOp.IS_NOT_NULL,
                        col(pick("ni", "nl", "nd", "ns", "nb", "ndt")));
            case 8 -> boolPredicate();
            case 9 ->
                new Binary(
                        cmp(),
                        col(pick("dt", "ndt")),
                        rnd.nextInt(4) == 0 ? col(pick("dt", "ndt")) : param(date(), ColumnType.LOCAL_DATE));
            case 10 -> in();
            case 11 -> between();
            case 12 -> new Unary(UnaryOp.NOT, predicate(depth - 1));
            case 13, 14 -> new Binary(BinaryOp.AND, predicate(depth - 1), predicate(depth - 1));
            default -> new Binary(BinaryOp.OR, predicate(depth - 1), predicate(depth - 1));
        };
    }

    /** Decimals at their edges: ties at .5, beyond a double's digits, the int limit, signs. */
    private BigDecimal decimal() {
        String[] v = {
            "0",
            "0.5000",
            "-0.5",
            "2.5",
            "-2.5",
            "1.45",
            "-1.4500",
            "0.0001",
            "9007199254740993.0001",
            "2147483648",
            "-2147483649.5",
            "12.3456",
            "100",
            "-7"
        };
        return new BigDecimal(v[rnd.nextInt(v.length)]);
    }

    private Expr decExpr(int depth) {
        int c = rnd.nextInt(depth > 0 ? 9 : 2);
        return switch (c) {
            case 0, 1 -> col("dec");
            case 2 ->
                new Call(
                        rnd.nextBoolean() ? Function.DEC_ADD : Function.DEC_SUB,
                        List.of(
                                decExpr(depth - 1),
                                rnd.nextBoolean() ? decExpr(depth - 1) : param(decimal(), ColumnType.DECIMAL)),
                        ColumnType.DECIMAL);
            case 3 ->
                new Call(
                        Function.DEC_MUL,
                        List.of(col("dec"), param(decimal(), ColumnType.DECIMAL)),
                        ColumnType.DECIMAL);
            case 4 -> new Call(Function.DEC_MUL, List.of(col("dec"), col("dec")), ColumnType.DECIMAL);
            case 5 ->
                new Call(
                        rnd.nextBoolean() ? Function.DEC_NEGATE : Function.DEC_ABS,
                        List.of(decExpr(depth - 1)),
                        ColumnType.DECIMAL);
            case 6 ->
                new Call(
                        rnd.nextBoolean() ? Function.DEC_SCALE_DOWN : Function.DEC_SCALE_HALF_UP,
                        List.of(decExpr(depth - 1), new Literal((long) rnd.nextInt(3), ColumnType.INT)),
                        ColumnType.DECIMAL);
            case 7 -> new Call(Function.DEC_OF, List.of(col(pick("i", "l"))), ColumnType.DECIMAL);
            default -> col("dec");
        };
    }

    private Expr decimalPredicate() {
        return switch (rnd.nextInt(5)) {
            case 0, 1 ->
                new Binary(cmp(), decExpr(2), rnd.nextInt(3) == 0 ? decExpr(1) : param(decimal(), ColumnType.DECIMAL));
            case 2 ->
                new Binary(
                        cmp(),
                        new Call(Function.DEC_SIGNUM, List.of(decExpr(2)), ColumnType.INT),
                        param(rnd.nextInt(3) - 1, ColumnType.INT));
            case 3 ->
                new Binary(
                        cmp(),
                        new Call(Function.DEC_INT_VALUE, List.of(decExpr(1)), ColumnType.INT),
                        param(
                                pick("0", "1", "-2", "-2147483648", "2147483647")
                                                .equals("0")
                                        ? 0
                                        : rnd.nextInt(5) - 2,
                                ColumnType.INT));
            default ->
                new Binary(
                        cmp(),
                        new Call(Function.DEC_LONG_VALUE, List.of(decExpr(1)), ColumnType.LONG),
                        param((long) rnd.nextInt(5) - 2, ColumnType.LONG));
        };
    }

    private Expr intExpr() {
        int c = rnd.nextInt(10);
        Expr col = col(pick("i", "ni"));
        return switch (c) {
            case 0 -> new Binary(BinaryOp.ADD, col, param(smallInt(), ColumnType.INT));
            case 1 -> new Binary(BinaryOp.SUB, col, col(pick("i", "ni")));
            case 2 -> new Binary(BinaryOp.MUL, col, param(smallInt(), ColumnType.INT));
            case 3 -> new Binary(BinaryOp.DIV, col, param(nonZero(), ColumnType.INT));
            case 4 -> new Binary(BinaryOp.MOD, col, param(nonZero(), ColumnType.INT));
            case 5 -> new Call(Function.ABS, List.of(col), ColumnType.INT);
            case 6 ->
                new Call(Function.COALESCE, List.of(col("ni"), param(smallInt(), ColumnType.INT)), ColumnType.INT);
            case 7 -> new Unary(UnaryOp.NEGATE, col);
            case 8 -> new Call(Function.LENGTH, List.of(col(pick("s", "ns"))), ColumnType.INT);
            default -> col;
        };
    }

    private int nonZero() {
        int v = rnd.nextInt(9) - 4;
        return v == 0 ? 3 : v;
    }

    private Expr longExpr() {
        int c = rnd.nextInt(5);
        Expr col = col(pick("l", "nl"));
        return switch (c) {
            case 0 -> new Binary(BinaryOp.ADD, col, param(bigLong(), ColumnType.LONG));
            case 1 -> new Binary(BinaryOp.SUB, col, col(pick("i", "ni")));
            case 2 -> new Binary(BinaryOp.DIV, col, param((long) nonZero(), ColumnType.LONG));
            case 3 -> new Binary(BinaryOp.MOD, col, param((long) nonZero(), ColumnType.LONG));
            default -> col;
        };
    }

    private Expr doubleExpr() {
        int c = rnd.nextInt(7);
        Expr col = col(pick("d", "nd"));
        return switch (c) {
            case 0 -> new Binary(BinaryOp.ADD, col, param(quarter(), ColumnType.DOUBLE));
            case 1 -> new Binary(BinaryOp.MUL, col, param((double) (rnd.nextInt(9) - 4), ColumnType.DOUBLE));
            case 2 -> new Binary(BinaryOp.DIV, col, param(rnd.nextBoolean() ? 2.0 : -0.5, ColumnType.DOUBLE));
            case 3 -> new Binary(BinaryOp.ADD, col, col(pick("i", "ni")));
            case 4 -> new Call(Function.ABS, List.of(col), ColumnType.DOUBLE);
            default -> col;
        };
    }

    private Expr stringExpr() {
        int c = rnd.nextInt(7);
        Expr col = col(pick("s", "ns"));
        return switch (c) {
            case 0 -> new Call(Function.LOWER, List.of(col), ColumnType.STRING);
            case 1 -> new Call(Function.UPPER, List.of(col), ColumnType.STRING);
            case 2 -> new Call(Function.TRIM, List.of(col), ColumnType.STRING);
            case 3 -> new Binary(BinaryOp.CONCAT, col("s"), param(string(2), ColumnType.STRING));
            default -> col;
        };
    }

    private Expr stringMatch() {
        Expr value = rnd.nextInt(4) == 0
                ? new Call(Function.LOWER, List.of(col(pick("s", "ns"))), ColumnType.STRING)
                : col(pick("s", "ns"));
        MatchKind kind = MatchKind.values()[rnd.nextInt(4)];
        String needle = string(kind == MatchKind.EQUALS ? 4 : 3);
        return new StringMatch(value, param(needle, ColumnType.STRING), kind, kind == MatchKind.EQUALS);
    }

    private Expr boolPredicate() {
        return switch (rnd.nextInt(4)) {
            case 0 -> col("b");
            case 1 -> new Unary(UnaryOp.NOT, col("b"));
            case 2 ->
                new Binary(
                        rnd.nextBoolean() ? BinaryOp.EQ : BinaryOp.NE,
                        col(pick("b", "nb")),
                        param(rnd.nextBoolean(), ColumnType.BOOLEAN));
            default ->
                new Binary(
                        BinaryOp.GT,
                        new CaseWhen(
                                List.of(new CaseWhen.When(col("b"), col("i"))), new Unary(UnaryOp.NEGATE, col("i"))),
                        param(smallInt(), ColumnType.INT));
        };
    }

    private Expr in() {
        if (rnd.nextInt(3) == 0) {
            return longIn();
        }
        boolean strings = rnd.nextBoolean();
        int n = rnd.nextInt(4);
        List<Object> items = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            items.add(strings ? string(2) : smallInt());
        }
        if (rnd.nextInt(5) == 0) {
            items.add(null); // Java: list.contains(null) is true for a null value
        }
        Expr value = strings ? col(pick("s", "ns")) : col(pick("i", "ni"));
        if (rnd.nextInt(4) == 0) {
            List<Expr> exprs = new ArrayList<>();
            for (Object item : items) {
                exprs.add(
                        item == null
                                ? col(strings ? "ns" : "ni")
                                : param(item, strings ? ColumnType.STRING : ColumnType.INT));
            }
            return new InList(value, exprs, rnd.nextBoolean());
        }
        params.add(items);
        return new InParam(value, params.size() - 1, rnd.nextBoolean());
    }

    /**
     * A collection longer than {@code InCollections.SMALL} (bound as one array or JSON value) of ints, longs,
     * strings or dates, with the types' edge values, duplicates and sometimes a null, compared with a
     * column or an int expression.
     */
    private Expr longIn() {
        int kind = rnd.nextInt(4);
        int n = 17 + rnd.nextInt(30);
        List<Object> items = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            items.add(
                    switch (kind) {
                        case 0 -> rnd.nextInt(6) == 0 ? any(Integer.MIN_VALUE, Integer.MAX_VALUE, 0, -1) : smallInt();
                        case 1 ->
                            rnd.nextInt(6) == 0
                                    ? any(Long.MIN_VALUE, Long.MAX_VALUE, 1L << 40, -(1L << 40))
                                    : bigLong();
                        case 2 ->
                            rnd.nextInt(6) == 0
                                    ? any("", " ", "a ", "é", "\u00e9t\u00e9\ud83d\ude00", "'", "\"", "\\", "%")
                                    : string(3);
                        default ->
                            rnd.nextInt(8) == 0 ? any(LocalDate.of(1000, 1, 1), LocalDate.of(9999, 12, 31)) : date();
                    });
        }
        if (rnd.nextInt(4) == 0) {
            items.add(rnd.nextInt(items.size()), null);
        }
        Expr value = switch (kind) {
            case 0 -> rnd.nextBoolean() ? col(pick("i", "ni")) : intExpr();
            case 1 -> col(pick("l", "nl"));
            case 2 -> col(pick("s", "ns"));
            default -> col(pick("dt", "ndt"));
        };
        params.add(items);
        return new InParam(value, params.size() - 1, rnd.nextBoolean());
    }

    @SafeVarargs
    private <T> T any(T... options) {
        return options[rnd.nextInt(options.length)];
    }

    private Expr between() {
        int a = smallInt();
        int b = a + rnd.nextInt(15);
        return new Between(col(pick("i", "ni")), param(a, ColumnType.INT), param(b, ColumnType.INT));
    }
}
