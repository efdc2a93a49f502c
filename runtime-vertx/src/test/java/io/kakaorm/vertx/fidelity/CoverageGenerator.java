package io.kakaorm.vertx.fidelity;

import java.math.BigDecimal;
import java.util.Random;

/**
 * The constructs added by the coverage issue's second round (BigDecimal arithmetic, captured maps,
 * {@code atStartOfDay}, {@code getNano}, {@code LocalTime} bounds, {@code codePointCount},
 * {@code indexOf(str, from)}, {@code String.valueOf(charAt(i))}, guarded throwing calls) as predicate
 * source for {@link LambdaGenerator}, at their edges.
 */
final class CoverageGenerator {
    private static final String[] CMP = {"==", "!=", "<", "<=", ">", ">="};
    private static final String DEC = "java.math.BigDecimal";
    private final Random rnd;
    private final LambdaGenerator owner;

    CoverageGenerator(Random rnd, LambdaGenerator owner) {
        this.rnd = rnd;
        this.owner = owner;
    }

    private int n(int bound) {
        return rnd.nextInt(bound);
    }

    private String pick(String... options) {
        return options[n(options.length)];
    }

    private String cmp() {
        return CMP[n(CMP.length)];
    }

    private String decimal() {
        BigDecimal[] set = n(3) == 0 ? EdgeValues.WIDE_DECIMALS : EdgeValues.DECIMALS;
        BigDecimal v = set[n(set.length)];
        return switch (n(4)) {
            case 0 -> pick(DEC + ".ZERO", DEC + ".ONE", DEC + ".TEN", DEC + ".valueOf(" + (n(11) - 5) + ")");
            case 1 -> "new " + DEC + "(\"" + v.toString() + "\")";
            default -> owner.cap(DEC, v);
        };
    }

    /** A BigDecimal expression over the row. */
    String decExpr(int depth) {
        int c = n(depth > 0 ? 12 : 4);
        return switch (c) {
            case 0, 1 -> "r.dec";
            case 2 -> "(r.ndec != null ? r.ndec : " + decimal() + ")";
            case 3 -> decimal();
            case 4 -> decExpr(depth - 1) + "." + pick("add", "subtract", "multiply") + "(" + decExpr(depth - 1) + ")";
            case 5 -> decExpr(depth - 1) + "." + pick("negate()", "abs()");
            case 6 -> decExpr(depth - 1) + ".setScale(" + n(4) + ", java.math.RoundingMode." + pick("DOWN", "HALF_UP") + ")";
            case 7 -> DEC + ".valueOf(" + pick("r.i", "r.l", "r.j", "(long) r.i * r.j") + ")";
            case 8 -> "r.dec.multiply(" + decimal() + ")";
            case 9 -> "r.dec." + pick("add", "subtract") + "(" + pick("r.dec", DEC + ".valueOf(r.i)", decimal()) + ")";
            default -> "r.dec";
        };
    }

    String decimalPred() {
        return switch (n(9)) {
            case 0, 1 -> decExpr(2) + ".compareTo(" + decExpr(1) + ") " + cmp() + " 0";
            case 2 -> decExpr(2) + ".signum() " + cmp() + " " + (n(3) - 1);
            case 3 -> decExpr(1) + ".intValue() " + cmp() + " " + pick("0", "1", "-1", "2147483647", "-2147483648", "r.i", "2");
            case 4 -> decExpr(1) + ".longValue() " + cmp() + " " + pick("0L", "r.l", "9223372036854775807L", "-1L", "3L");
            case 5 -> "r.ndec != null && r.ndec.compareTo(" + decExpr(1) + ") " + cmp() + " 0";
            case 6 -> pick("r.dec.equals(" + decimal() + ")", "java.util.Objects.equals(r.ndec, " + decimal() + ")",
                    "r.dec.divide(" + decimal() + ").signum() > 0", "r.dec.doubleValue() > 1.5",
                    DEC + ".valueOf(r.d).compareTo(r.dec) > 0");
            case 7 -> "r.dec.setScale(" + n(3) + ", java.math.RoundingMode." + pick("DOWN", "HALF_UP") + ").compareTo("
                    + decimal() + ") " + cmp() + " 0";
            default -> "r.dec.compareTo(" + decimal() + ") " + cmp() + " 0";
        };
    }
}
