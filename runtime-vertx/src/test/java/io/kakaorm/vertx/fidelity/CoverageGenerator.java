package io.kakaorm.vertx.fidelity;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;
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
            case 6 ->
                decExpr(depth - 1) + ".setScale(" + n(4) + ", java.math.RoundingMode." + pick("DOWN", "HALF_UP") + ")";
            case 7 -> DEC + ".valueOf(" + pick("r.i", "r.l", "r.j", "(long) r.i * r.j") + ")";
            case 8 -> "r.dec.multiply(" + decimal() + ")";
            case 9 -> "r.dec." + pick("add", "subtract") + "(" + pick("r.dec", DEC + ".valueOf(r.i)", decimal()) + ")";
            default -> "r.dec";
        };
    }

    private String time() {
        LocalTime[] t = EdgeValues.TIMES;
        LocalTime v = switch (n(5)) {
            case 0 -> LocalTime.MAX;
            case 1 -> LocalTime.of(23, 59, 59, 999_999_500);
            case 2 -> t[n(t.length)].plusNanos(n(3) - 1);
            case 3 -> LocalTime.of(12, 0, 0, 500);
            default -> t[n(t.length)];
        };
        return n(4) == 0
                ? pick("java.time.LocalTime.MAX", "java.time.LocalTime.MIN", "java.time.LocalTime.NOON")
                : owner.cap("LocalTime", v);
    }

    private String dateTime() {
        LocalDateTime[] t = EdgeValues.DATE_TIMES;
        return owner.cap(
                "LocalDateTime",
                t[n(t.length)].plusNanos(pick("0", "1", "-1", "500", "999").equals("0") ? 0 : n(1500) - 500));
    }

    /** A captured map from edge strings to small numbers (a null value, a null key now and then). */
    private String map(boolean longs) {
        Map<String, Object> m = new HashMap<>();
        for (int k = n(6); k > 0; k--) {
            int v = n(7) - 3;
            m.put(
                    EdgeValues.STRINGS[n(EdgeValues.STRINGS.length)].replace('\u0000', 'x'),
                    longs ? (Object) (long) v : v);
        }
        if (n(5) == 0) {
            m.put(null, longs ? (Object) 1L : 1);
        }
        if (n(5) == 0 && !m.isEmpty()) {
            m.put(m.keySet().iterator().next(), null);
        }
        return owner.cap("java.util.Map<String, " + (longs ? "Long" : "Integer") + ">", m);
    }

    private String mapPred() {
        String key = pick("r.s", "r.t", "r.ns");
        return switch (n(7)) {
            case 0 -> {
                String m = map(false);
                yield m + ".containsKey(" + key + ") && " + m + ".get(" + key + ") " + cmp() + " " + (n(7) - 3);
            }
            case 1 ->
                map(false) + ".getOrDefault(" + key + ", " + pick("0", "-1", "7") + ") " + cmp() + " " + (n(5) - 2);
            case 2 ->
                "java.util.Objects.equals(" + map(false) + ".get(" + key + "), "
                        + owner.cap("Integer", n(3) == 0 ? null : n(5) - 2) + ")";
            case 3 -> {
                String m = map(n(2) == 0);
                yield m + ".containsKey(" + key + ") && " + m + ".get(" + key + ").equals("
                        + pick(owner.cap("Integer", n(5) - 2), owner.cap("Long", (long) (n(5) - 2))) + ")";
            }
            case 4 ->
                map(true) + ".getOrDefault(" + key + ", " + pick("0L", "5L") + ") " + cmp() + " "
                        + pick("0L", "1L", "-1L");
            case 5 -> map(false) + ".get(" + key + ") " + cmp() + " " + (n(5) - 2);
            default ->
                pick(map(false) + ".get(" + key + ") == null", map(false) + ".getOrDefault(" + key + ", 0) + r.i > 3");
        };
    }

    /** Captured maps, dates and times at microsecond precision, the new String methods. */
    String newPred() {
        return switch (n(13)) {
            case 0 -> "r.tm." + pick("isBefore", "isAfter", "equals") + "(" + time() + ")";
            case 1 -> "r.tm.compareTo(" + time() + ") " + cmp() + " 0";
            case 2 ->
                pick("r.tm", "r.ldt", "r.odt", "r.ins") + ".getNano() " + cmp() + " "
                        + pick("0", "500000000", "999999000", "1000", "r.i");
            case 3 -> "r.ldt." + pick("isBefore", "isAfter", "equals") + "(" + dateTime() + ")";
            case 4 ->
                "r.day.atStartOfDay()." + pick("isBefore", "isAfter", "equals", "isEqual") + "("
                        + pick("r.ldt", dateTime()) + ")";
            case 5 -> "r.day.atStartOfDay().plusHours(" + (n(50) - 10) + ").compareTo(r.ldt) " + cmp() + " 0";
            case 6 ->
                "r.s.indexOf(" + pick("r.t", "\"\"", "\"a\"", "\"\\ud83d\\ude00\"", "\"b\"") + ", "
                        + pick("(-1)", "0", "1", "2", "r.s.length()", "r.s.length() - 1", "r.i", "100") + ") " + cmp()
                        + " "
                        + (n(5) - 1);
            case 7 ->
                "r.s.length() > " + n(3) + " && String.valueOf(r.s.charAt(" + pick("0", "1", "r.s.length() - 1")
                        + ")).equals(" + pick("\"a\"", "\"A\"", "\"\\u00df\"", "r.t", "\" \"") + ")";
            case 8 -> "r.s.codePointCount(0, r.s.length()) " + cmp() + " r.s.length() - " + n(3);
            case 9 ->
                pick(
                        "r.s.substring(-1).isEmpty()",
                        "r.s.charAt(-2) == 'a'",
                        "r.s.repeat(-1).isEmpty()",
                        "r.s.substring(2, 1).isEmpty()",
                        "r.s.compareToIgnoreCase(r.t) < 0");
            case 10 ->
                "r.s.length() > 3 && r.s.substring(0, 3).equals(" + pick("\"abc\"", "\"ab\\u0000\"", "r.t") + ")";
            case 11 ->
                n(2) == 0
                        ? mapPred()
                        : pick("", "!") + "java.util.Objects.equals(r.ntm, "
                                + pick(time(), owner.cap("LocalTime", null)) + ")";
            default -> "r.ns != null && r.ns.length() > 1 && r.ns.charAt(1) == 'b'";
        };
    }

    String decimalPred() {
        return switch (n(9)) {
            case 0, 1 -> decExpr(2) + ".compareTo(" + decExpr(1) + ") " + cmp() + " 0";
            case 2 -> decExpr(2) + ".signum() " + cmp() + " " + (n(3) - 1);
            case 3 ->
                decExpr(1) + ".intValue() " + cmp() + " "
                        + pick("0", "1", "-1", "2147483647", "-2147483648", "r.i", "2");
            case 4 ->
                decExpr(1) + ".longValue() " + cmp() + " " + pick("0L", "r.l", "9223372036854775807L", "-1L", "3L");
            case 5 -> "r.ndec != null && r.ndec.compareTo(" + decExpr(1) + ") " + cmp() + " 0";
            case 6 ->
                pick(
                        "r.dec.equals(" + decimal() + ")",
                        "java.util.Objects.equals(r.ndec, " + decimal() + ")",
                        "r.dec.divide(" + decimal() + ").signum() > 0",
                        "r.dec.doubleValue() > 1.5",
                        DEC + ".valueOf(r.d).compareTo(r.dec) > 0");
            case 7 ->
                "r.dec.setScale(" + n(3) + ", java.math.RoundingMode." + pick("DOWN", "HALF_UP") + ").compareTo("
                        + decimal() + ") " + cmp() + " 0";
            default -> "r.dec.compareTo(" + decimal() + ") " + cmp() + " 0";
        };
    }
}
