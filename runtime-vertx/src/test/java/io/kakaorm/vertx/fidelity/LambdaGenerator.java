package io.kakaorm.vertx.fidelity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Random predicates over {@link EdgeRow} as Java source: {@code r -> …} with values captured from
 * locals, over the constructs of the fidelity and coverage issues, with edge values. Each {@link Gen}
 * is one lambda: its source, its captured values (declared as locals of their Java type) and whether it
 * must be refused (its value changes from call to call).
 */
final class LambdaGenerator {
    /** A captured local: its Java type as written in the source, and its value. */
    record Capture(String type, Object value) {}

    /** One generated lambda. */
    record Gen(String body, List<Capture> captures, boolean mustRefuse) {}

    private static final String[] CMP = {"==", "!=", "<", "<=", ">", ">="};
    private final Random rnd;
    private List<Capture> captures;
    private boolean mustRefuse;

    private final CoverageGenerator coverage;

    LambdaGenerator(long seed) {
        this.rnd = new Random(seed);
        this.coverage = new CoverageGenerator(rnd, this);
    }

    Gen next() {
        captures = new ArrayList<>();
        mustRefuse = false;
        String body = pred(3);
        return new Gen(body, captures, mustRefuse);
    }

    // ---- helpers ----

    String cap(String type, Object value) {
        captures.add(new Capture(type, value));
        return "v" + (captures.size() - 1);
    }

    private int n(int bound) {
        return rnd.nextInt(bound);
    }

    private boolean chance(int oneIn) {
        return rnd.nextInt(oneIn) == 0;
    }

    private String pick(String... options) {
        return options[n(options.length)];
    }

    private String cmp() {
        return CMP[n(CMP.length)];
    }

    private String anyInt() {
        return chance(3) ? "(" + (n(21) - 10) + ")" : cap("int", EdgeValues.INTS[n(EdgeValues.INTS.length)]);
    }

    private String smallInt() {
        return chance(2) ? "(" + (n(41) - 20) + ")" : cap("int", n(41) - 20);
    }

    private String nonZero() {
        int v = n(19) - 9;
        if (v == 0) {
            v = chance(2) ? Integer.MIN_VALUE : -1;
        }
        return chance(2) ? "(" + v + ")" : cap("int", v);
    }

    private String anyLong() {
        return cap("long", EdgeValues.LONGS[n(EdgeValues.LONGS.length)]);
    }

    private String anyDouble() {
        return chance(4)
                ? pick("0.5", "2.5", "-1.5", "1e15", "0.1")
                : cap("double", EdgeValues.DOUBLES[n(EdgeValues.DOUBLES.length)]);
    }

    private String anyString() {
        String v = EdgeValues.STRINGS[n(EdgeValues.STRINGS.length)].replace('\u0000', chance(2) ? '\u0000' : 'x');
        return chance(3) ? "\"" + EdgeValues.escape(v) + "\"" : cap("String", v);
    }

    private String anyKind() {
        Kind k = Kind.values()[n(Kind.values().length)];
        return chance(2) ? "Kind." + k.name() : cap("Kind", k);
    }

    private String anyDate() {
        return cap("LocalDate", EdgeValues.DATES[n(EdgeValues.DATES.length)].plusDays(n(3) - 1));
    }

    private String anyDateTime() {
        return cap("LocalDateTime", EdgeValues.DATE_TIMES[n(EdgeValues.DATE_TIMES.length)].plusMinutes(n(3) * 30 - 30));
    }

    private String anyOffsetTime() {
        return cap("OffsetDateTime", EdgeValues.OFFSET_TIMES[n(EdgeValues.OFFSET_TIMES.length)].plusHours(n(3) - 1));
    }

    private String anyInstant() {
        return cap(
                "Instant",
                EdgeValues.OFFSET_TIMES[n(EdgeValues.OFFSET_TIMES.length)]
                        .toInstant()
                        .plusSeconds(n(5) * 1800L - 3600));
    }

    // ---- values ----

    String intExpr(int depth) {
        int c = n(depth > 0 ? 31 : 8);
        switch (c) {
            case 24:
                return "r.s.indexOf(" + pick("'a'", "'b'", "'\\u00df'", "'X'", "0x1F600") + ")";
            case 25:
                return "r.s.lastIndexOf(" + pick("'a'", "'X'", anyString(), anyString()) + ")";
            case 26:
                return "(" + intExpr(depth - 1) + " " + pick("|", "^", "&") + " " + intExpr(depth - 1) + ")";
            case 27:
                return pick(
                        "Long.signum(" + longExpr(depth - 1) + ")",
                        "Long.compare(r.l, " + anyLong() + ")",
                        "Integer.compare(r.i, " + anyInt() + ")");
            case 28:
                return "(0 + java.util.Optional.ofNullable(r.ni).orElse(" + smallInt() + "))";
            case 29:
                return "(0 + java.util.Objects.requireNonNullElse(r.ni, " + smallInt() + "))";
            case 30:
                return "(r.s.length() > " + n(3) + " ? r.s.charAt(" + pick("0", "1", "r.s.length() - 1")
                        + ") - 'a' : -1)";
            case 0:
            case 1:
                return "r.i";
            case 2:
                return "r.j";
            case 3:
                return anyInt();
            case 4:
                return "r.s.length()";
            case 5:
                return dateInt();
            case 6:
                return "r.k.ordinal()";
            case 7:
                return "r.t.length()";
            case 8:
            case 9:
                return "(" + intExpr(depth - 1) + " " + pick("+", "-", "*") + " " + intExpr(depth - 1) + ")";
            case 10:
                return "(" + intExpr(depth - 1) + " " + pick("/", "%") + " " + nonZero() + ")";
            case 11:
                return "Math.abs(" + intExpr(depth - 1) + ")";
            case 12:
                return "(-(" + intExpr(depth - 1) + "))";
            case 13:
                return "(int) " + paren(doubleExpr(depth - 1));
            case 14:
                return "(int) " + paren(longExpr(depth - 1));
            case 15:
                return "Double.valueOf(" + doubleExpr(depth - 1) + ").intValue()";
            case 16:
                return "(r.ni != null ? r.ni : " + smallInt() + ")";
            case 17:
                return "(r.b ? " + intExpr(depth - 1) + " : " + intExpr(depth - 1) + ")";
            case 18:
                return "Math." + pick("max", "min") + "(" + intExpr(depth - 1) + ", " + intExpr(depth - 1) + ")";
            case 19:
                return "Math.floor" + pick("Div", "Mod") + "(" + intExpr(depth - 1) + ", " + nonZero() + ")";
            case 20:
                return "Integer.signum(" + intExpr(depth - 1) + ")";
            case 21:
                return "(short) " + paren(intExpr(depth - 1));
            case 22:
                return "r.s.indexOf(" + anyString() + ")";
            default:
                return "Integer.compare(" + intExpr(depth - 1) + ", " + intExpr(depth - 1) + ")";
        }
    }

    private String dateInt() {
        return switch (n(14)) {
            case 0 -> "r.day.getYear()";
            case 1 -> "r.day.getMonthValue()";
            case 2 -> "r.day.getDayOfMonth()";
            case 3 -> "r.day.getDayOfYear()";
            case 4 -> "r.day.getDayOfWeek().getValue()";
            case 5 -> "r.ldt.getHour()";
            case 6 -> "r.ldt.getMinute()";
            case 7 -> "r.ldt.getSecond()";
            case 8 -> "r.ldt.getDayOfMonth()";
            case 9 -> "r.odt.getHour()";
            case 10 -> "r.odt.getDayOfMonth()";
            case 11 -> "r.odt.getMonthValue()";
            case 12 -> "r.ldt.getDayOfWeek().getValue()";
            default -> "r.odt.getYear()";
        };
    }

    private static String paren(String s) {
        return s.startsWith("(") && s.endsWith(")") ? s : "(" + s + ")";
    }

    String longExpr(int depth) {
        int c = n(depth > 0 ? 17 : 3);
        switch (c) {
            case 12:
                return "Math.floor" + pick("Div", "Mod") + "(" + longExpr(depth - 1) + ", "
                        + pick("3L", "-3L", "(-1L)", anyLong().replace("v", "v")) + ")";
            case 13:
                return "(" + longExpr(depth - 1) + " " + pick("|", "^", "&") + " " + longExpr(depth - 1) + ")";
            case 14:
                return "Math." + pick("max", "min") + "(" + longExpr(depth - 1) + ", " + anyLong() + ")";
            case 15:
                return "Math.round(" + doubleExpr(depth - 1) + ")";
            case 16:
                return "Math.floorMod(" + longExpr(depth - 1) + ", "
                        + intExpr(0).replace("r.i", "7") + ")";
            case 0:
            case 1:
                return "r.l";
            case 2:
                return anyLong();
            case 3:
                return "(long) " + intExpr(depth - 1) + " * " + intExpr(depth - 1);
            case 4:
                return "(" + longExpr(depth - 1) + " " + pick("+", "-", "*") + " " + longExpr(depth - 1) + ")";
            case 5:
                return "(" + longExpr(depth - 1) + " " + pick("/", "%") + " " + nonZero() + ")";
            case 6:
                return "(long) " + paren(doubleExpr(depth - 1));
            case 7:
                return "(long) (r.d * 100)";
            case 8:
                return "(r.l + " + intExpr(depth - 1) + ")";
            case 9:
                return "Math.abs(" + longExpr(depth - 1) + ")";
            case 10:
                return "(r.nl != null ? r.nl : " + anyLong() + ")";
            default:
                return "Long.valueOf(" + intExpr(depth - 1) + ").longValue()";
        }
    }

    String doubleExpr(int depth) {
        int c = n(depth > 0 ? 13 : 3);
        switch (c) {
            case 0:
            case 1:
                return "r.d";
            case 2:
                return anyDouble();
            case 3:
                return "(" + doubleExpr(depth - 1) + " " + pick("+", "-", "*", "/") + " " + doubleExpr(depth - 1) + ")";
            case 4:
                return "(" + doubleExpr(depth - 1) + " * " + intExpr(depth - 1) + ")";
            case 5:
                return "Math.abs(" + doubleExpr(depth - 1) + ")";
            case 6:
                return "(double) r.l";
            case 7:
                return "(double) " + intExpr(depth - 1) + " / " + nonZero();
            case 8:
                return "Math." + pick("floor", "ceil", "signum") + "(" + doubleExpr(depth - 1) + ")";
            case 9:
                return "(double) Math.round(" + doubleExpr(depth - 1) + ")";
            case 10:
                return "(r.nd != null ? r.nd : " + anyDouble() + ")";
            case 11:
                return "Math." + pick("max", "min") + "(" + doubleExpr(depth - 1) + ", " + anyDouble() + ")";
            default:
                return "(float) " + paren(doubleExpr(depth - 1));
        }
    }

    String stringExpr(int depth) {
        int c = n(depth > 0 ? 31 : 4);
        switch (c) {
            case 24:
                return "r.s.substring(" + index() + ", " + index() + ")";
            case 25:
                return "r.s.substring(" + index() + ")";
            case 26:
                return "r.s.replace('" + pick("a", "X", "\\u00df", " ") + "', '" + pick("b", "Y", "\\u00e9") + "')";
            case 27:
                return "r.s.repeat(" + pick("(r.i > 0 ? 1 : 0)", "2", "Math.floorMod(r.i, 3)", "(-1)") + ")";
            case 28:
                return "java.util.Optional.ofNullable(r.ns).orElse(" + anyString() + ")";
            case 29:
                return pick("Long.toString(r.l)", "String.valueOf(r.nk)", "Boolean.toString(r.b)");
            case 30:
                return "r.s.replace(" + anyString() + ", \"" + pick("", "-", "XX") + "\")";
            case 0:
            case 1:
                return "r.s";
            case 2:
                return "r.t";
            case 3:
                return anyString();
            case 4:
                return "r.s.trim()";
            case 5:
                return "r.s.strip()";
            case 6:
                return "r.s.toUpperCase()";
            case 7:
                return "r.s.toLowerCase()";
            case 8:
                return "(r.s + r.t)";
            case 9:
                return "r.s.concat(" + anyString() + ")";
            case 10:
                return "(\"\" + " + pick("r.d", "r.nd", "r.l", "r.i", "r.ni", "r.b", "r.k", "r.day", "r.ns") + ")";
            case 11:
                return "r.k.name()";
            case 12:
                return "String.valueOf(" + pick("r.i", "r.l", "r.b", "r.d") + ")";
            case 13:
                return "r.s.stripLeading()";
            case 14:
                return "r.s.stripTrailing()";
            case 15:
                return "(r.ns != null ? r.ns : " + anyString() + ")";
            case 16:
                return "(r.b ? r.s : r.t)";
            case 17:
                return "r.s.replace(" + anyString() + ", " + anyString() + ")";
            case 18:
                return "r.s.repeat(" + n(3) + ")";
            case 19:
                return "Integer.toString(r.i)";
            case 20:
                return "(" + anyString() + " + r.s)";
            case 21:
                return "r.t.trim()";
            case 22:
                return "java.util.Objects.requireNonNullElse(r.ns, " + pick(anyString(), "(r.b ? r.t : r.ns)") + ")";
            default:
                return "r.s.substring(" + n(3) + ")";
        }
    }

    // ---- predicates ----

    String pred(int depth) {
        if (chance(6)) {
            return coveragePred();
        }
        if (chance(7)) {
            return coverage.decimalPred();
        }
        if (chance(8)) {
            return coverage.newPred();
        }
        if (chance(5)) {
            return nullPred(depth);
        }
        int c = n(depth > 0 ? 40 : 34);
        switch (c) {
            case 0:
            case 1:
            case 2:
                return intExpr(2) + " " + cmp() + " " + intExpr(1);
            case 3:
            case 4:
                return longExpr(2) + " " + cmp() + " " + longExpr(1);
            case 5:
            case 6:
                return doubleExpr(2) + " " + cmp() + " " + doubleExpr(1);
            case 7:
                return pick("r.l", longExpr(1)) + " " + cmp() + " " + pick("r.d", doubleExpr(1));
            case 8:
                return stringExpr(1) + ".equals(" + pick("r.t", anyString(), stringExpr(1)) + ")";
            case 9:
                return pick(stringExpr(1), "r.s") + ".equalsIgnoreCase(" + pick("r.t", anyString()) + ")";
            case 10:
            case 11:
                return stringExpr(1) + "." + pick("startsWith", "endsWith", "contains") + "("
                        + pick("r.t", anyString(), anyString()) + ")";
            case 12:
                return stringExpr(1) + "." + pick("isEmpty", "isBlank") + "()";
            case 13:
                return stringExpr(1) + ".compareTo(" + pick("r.t", anyString()) + ") " + cmp() + " 0";
            case 14:
                return stringExpr(1) + ".length() " + cmp() + " " + smallInt();
            case 15:
                return enumPred();
            case 16:
                return boxedPred();
            case 17:
                return nullCapturePred(depth);
            case 18:
            case 19:
                return datePred();
            case 20:
                return dateTimePred();
            case 21:
                return instantPred();
            case 22:
                return boolPred();
            case 23:
                return refusedPred();
            case 24:
                return "r.ns != null && " + pick("r.ns", "r.ns.trim()") + "." + pick("startsWith", "contains", "equals")
                        + "(" + anyString() + ")";
            case 25:
                return "r.ni != null && r.ni " + cmp() + " " + intExpr(1);
            case 26:
                return "r.nl == null || r.nl " + cmp() + " " + pick("r.l", anyLong(), "r.d");
            case 27:
                return "r.nd != null && r.nd " + cmp() + " " + doubleExpr(1);
            case 28:
                return "r.s.charAt(0) == '" + pick("a", "A", "\\u00df", " ") + "'";
            case 29:
                return "r.s." + pick("startsWith", "endsWith") + "(r.t)";
            case 30:
                return "r.s.codePointCount(0, r.s.length()) " + cmp() + " " + n(4);
            case 31:
                return "r.s.lastIndexOf(" + anyString() + ") " + cmp() + " " + (n(4) - 1);
            case 32:
                return "(r.i & " + anyInt() + ") " + cmp() + " " + smallInt();
            case 33:
                return "r.s.compareToIgnoreCase(" + anyString() + ") " + cmp() + " 0";
            case 34:
                return "!(" + pred(depth - 1) + ")";
            case 35:
            case 36:
                return "(" + pred(depth - 1) + " && " + pred(depth - 1) + ")";
            case 37:
            case 38:
                return "(" + pred(depth - 1) + " || " + pred(depth - 1) + ")";
            default:
                return "(" + pred(depth - 1) + " ? " + pred(depth - 1) + " : " + pred(depth - 1) + ")";
        }
    }

    /**
     * Predicates that dereference nullable values (unboxing, methods on a nullable String, date or enum, a
     * map's get, a null capture unboxed) inside && || ! ?:, so that Java throws NullPointerException on
     * some rows: those rows must be selected by neither where nor exclude.
     */
    String nullPred(int depth) {
        return switch (n(22)) {
            case 0 ->
                pick("r.ni", "(r.ni + " + smallInt() + ")", "Math.abs(r.ni)", "r.ni.intValue()") + " " + cmp() + " "
                        + intExpr(1);
            case 1 -> pick("r.nl", "(r.nl * 2)") + " " + cmp() + " " + longExpr(1);
            case 2 -> pick("r.nd", "Math.floor(r.nd)") + " " + cmp() + " " + doubleExpr(1);
            case 3 ->
                pick("r.ns", "r.ns.trim()") + "." + pick("startsWith", "endsWith", "contains", "equals") + "("
                        + anyString() + ")";
            case 4 -> pick("r.ns.trim()", "r.ns", "r.ns.strip()") + ".length() " + cmp() + " " + n(4);
            case 5 -> pick("r.ns.isEmpty()", "!r.ns.isEmpty()", "r.ns.equalsIgnoreCase(" + anyString() + ")");
            case 6 ->
                "java.util.Objects.equals(" + pick("r.ns.trim()", "r.ns.strip()") + ", " + pick("null", anyString())
                        + ")";
            case 7 -> pick("r.nb", "!r.nb", "r.nb == " + pick("true", "false"), "(r.nb ? r.b : !r.b)");
            case 8 -> mapGet() + " " + cmp() + " " + n(4);
            case 9 -> "!(" + mapGet() + " " + cmp() + " " + n(4) + ")";
            case 10 ->
                pick(
                        "r.nk.ordinal() " + cmp() + " " + n(3),
                        "r.nk.compareTo(" + anyKind() + ") " + cmp() + " 0",
                        "r.nk.name().equals(" + anyString() + ")");
            case 11 ->
                pick(
                        "r.nday.isAfter(" + anyDate() + ")",
                        "r.nday.getYear() " + cmp() + " 2000",
                        "r.day.isBefore(r.nday)");
            case 12 -> {
                String same = pred(0);
                yield "(" + nullPred(0) + " ? " + same + " : " + same + ")"; // folded, the condition still runs
            }
            case 13 -> "(" + nullPred(0) + pick(" || true", " && false", " || r.b", " && r.b") + ")";
            case 14 -> "!(" + (depth > 0 ? nullPred(depth - 1) : nullPred(0)) + ")";
            case 15 ->
                pick(
                                "(r.ni != null && ",
                                "(r.ni == null || ",
                                "(r.ns != null && ",
                                "(r.ns == null || ",
                                "(r.b && ",
                                "(!r.b || ")
                        + nullPred(0) + ")";
            case 16 -> "(r.b ? " + nullPred(0) + " : " + pred(0) + ")";
            case 17 ->
                pick(
                        "r.s.compareTo(r.ns) " + cmp() + " 0",
                        "r.s.startsWith(r.ns)",
                        "r.s.concat(r.ns).length() > 3",
                        "r.t.equals(r.ns)");
            case 18 ->
                pick("java.util.List.of(1, 2, -1).contains(r.ni)", "java.util.Set.of(\"a\", \"\").contains(r.ns)");
            case 19 -> {
                String ci = cap("Integer", chance(2) ? null : (Integer) (n(21) - 10));
                yield pick("r.i > " + ci, "!(r.i > " + ci + ")", "r.i == " + ci, "r.ni.equals(" + ci + ")");
            }
            case 20 -> pick("(r.ni > 0 ? r.i : r.j) " + cmp() + " 2", "(r.b ? r.ni : 0) " + cmp() + " 1");
            default -> "(" + pred(0) + " || " + nullPred(0) + ")";
        };
    }

    private String mapGet() {
        return cap("java.util.Map<String, Integer>", map()) + ".get(" + pick("r.s", "r.t", "r.ns") + ")";
    }

    /** A map captured from the caller: a few edge strings as keys (sometimes none, sometimes a null key). */
    private Map<String, Integer> map() {
        Map<String, Integer> m = new HashMap<>();
        for (int k = n(4); k > 0; k--) {
            m.put(EdgeValues.STRINGS[n(EdgeValues.STRINGS.length)].replace('\u0000', 'x'), k);
        }
        if (chance(4)) {
            m.put(null, 0);
        }
        if (chance(4)) {
            m.put(EdgeValues.STRINGS[n(EdgeValues.STRINGS.length)].replace('\u0000', 'x'), null); // get() is null
        }
        return m;
    }

    /** A UTF-16 index at the ends of a string, inside it, or out of range. */
    private String index() {
        return pick("0", "1", "2", "(-1)", "r.s.length()", "r.s.length() - 1", "r.s.length() / 2", "r.t.length()");
    }

    /** The constructs of the coverage issue (#16), at their edges. */
    private String coveragePred() {
        return switch (n(14)) {
            case 0 -> "r.s.charAt(" + index() + ") == '" + pick("a", "b", "X", "\\ud83d", "\\ude00", "\\u00df") + "'";
            case 1 ->
                "r.s.length() > " + n(3) + " && r.s.charAt(" + pick("0", "1", "r.s.length() - 1") + ") " + cmp() + " '"
                        + pick("b", "\\ud83d", "\\ude00", "a") + "'";
            case 2 ->
                "r.s.startsWith(" + pick("r.t", anyString(), "\"\"") + ", " + pick("0", "1", "2", "(-1)", "r.i") + ")";
            case 3 -> "(r.l & " + anyLong() + ") " + cmp() + " " + pick("0L", "r.l", anyLong());
            case 4 -> "Math.floorMod(r.i, " + nonZero() + ") " + cmp() + " " + smallInt();
            case 5 -> "Math.round(r.d) " + cmp() + " " + pick(anyLong(), "r.l", "0L", "1L", "-1L", "3L");
            case 6 -> "Integer.compare(r.i, r.j) + Long.compare(r.l, 0L) " + cmp() + " 0";
            case 7 -> "java.util.Optional.ofNullable(r.nk).orElse(Kind.MID) == " + anyKind();
            case 8 -> "r.s.substring(" + index() + ").equals(" + pick("r.t", anyString(), "r.t.substring(1)") + ")";
            case 9 -> "r.s.length() >= 2 && r.s.substring(" + pick("0, 2", "1", "2") + ").equals(" + anyString() + ")";
            case 10 ->
                "r.s." + pick("indexOf", "lastIndexOf") + "(" + pick("r.t", anyString()) + ") " + cmp() + " "
                        + (n(5) - 1);
            case 11 ->
                "(Math.ceil(r.d) " + cmp() + " " + anyDouble() + " || Math.floor(r.d) " + cmp() + " " + anyDouble()
                        + ")";
            case 12 ->
                cap("java.util.Map<String, Integer>", map()) + ".containsKey(" + pick("r.s", "r.ns", "r.t") + ")";
            default ->
                "java.util.Arrays.asList(" + anyInt() + ", " + anyInt() + ", 7).contains(r." + pick("i", "ni") + ")";
        };
    }

    private String enumPred() {
        return switch (n(9)) {
            case 0 -> "r.k == " + anyKind();
            case 1 -> "r.k != " + anyKind();
            case 2 -> "r.k.compareTo(" + anyKind() + ") " + cmp() + " 0";
            case 3 -> "r.k.equals(" + anyKind() + ")";
            case 4 -> "r.nk == " + anyKind();
            case 5 -> "r.nk != null && r.nk.compareTo(r.k) " + cmp() + " 0";
            case 6 -> "r.k.name().equals(" + anyString() + ")";
            case 7 -> "r.k.ordinal() " + cmp() + " " + n(4);
            default -> "java.util.EnumSet.of(" + anyKind() + ", " + anyKind() + ").contains(r.k)";
        };
    }

    private String boxedPred() {
        return switch (n(8)) {
            case 0 -> "r.ni != null && r.ni.equals(" + cap("Long", EdgeValues.LONGS[n(6)]) + ")";
            case 1 -> "java.util.Objects.equals(r.ni, " + cap("Long", (long) EdgeValues.INTS[n(6)]) + ")";
            case 2 -> "java.util.Objects.equals(r.nl, " + cap("Integer", EdgeValues.INTS[n(6)]) + ")";
            case 3 -> "java.util.Objects.equals(r.nl, r.l)";
            case 4 -> "java.util.Objects.equals(r.ni, " + cap("Integer", EdgeValues.INTS[n(6)]) + ")";
            case 5 -> "r.nl != null && r.nl.equals(r.l)";
            case 6 -> "java.util.Objects.equals(r.nd, r.d)";
            default -> "r.ni != null && r.ni.equals(r.i)";
        };
    }

    private String nullCapturePred(int depth) {
        String ci = cap("Integer", chance(2) ? null : (Integer) (n(21) - 10));
        String cs = cap("String", chance(2) ? null : EdgeValues.STRINGS[n(10)]);
        return switch (n(5)) {
            case 0 -> "(" + ci + " == null || r.i > " + ci + ")";
            case 1 -> "(" + ci + " != null && r.i <= " + ci + ")";
            case 2 -> "(" + cs + " == null ? r.b : r.s.equals(" + cs + "))";
            case 3 -> "(" + cs + " != null && r.s.startsWith(" + cs + "))";
            default -> "java.util.Objects.equals(r.ns, " + cs + ")";
        };
    }

    private String dateUnit() {
        return pick("Days", "Weeks", "Months", "Years");
    }

    private String datePred() {
        String shifted = "r.day." + pick("plus", "minus") + dateUnit() + "(" + (n(30) - 3) + ")";
        return switch (n(9)) {
            case 0 -> shifted + "." + pick("isBefore", "isAfter", "isEqual", "equals") + "(" + anyDate() + ")";
            case 1 -> "r.day." + pick("isBefore", "isAfter", "equals") + "(" + anyDate() + ")";
            case 2 -> shifted + ".compareTo(" + anyDate() + ") " + cmp() + " 0";
            case 3 -> "r.day.getDayOfWeek() == java.time.DayOfWeek." + pick("MONDAY", "SUNDAY", "SATURDAY");
            case 4 -> "r.nday != null && r.nday.isAfter(r.day." + pick("plusMonths", "minusDays") + "(" + n(3) + "))";
            case 5 -> "r.day.isBefore(java.time.LocalDate.now())";
            case 6 -> dateInt() + " " + cmp() + " " + n(32);
            case 7 -> "r.day.plusMonths(" + (n(25) - 12) + ").getDayOfMonth() " + cmp() + " " + (27 + n(5));
            default ->
                pick(
                        "r.day."
                                + pick(
                                        "isLeapYear()",
                                        "lengthOfMonth() == 29",
                                        "withDayOfMonth(1).equals(" + anyDate() + ")",
                                        "toEpochDay() " + cmp() + " 19800L",
                                        "lengthOfMonth() " + cmp() + " " + (28 + n(4)),
                                        "lengthOfYear() == 366",
                                        "withMonth(" + (1 + n(12)) + ").equals(" + anyDate() + ")",
                                        "withDayOfMonth(" + (1 + n(31)) + ").isAfter(" + anyDate() + ")",
                                        "withMonth(2).getDayOfMonth() " + cmp() + " " + (27 + n(4)),
                                        "withDayOfMonth(r.i).isLeapYear()"),
                        "java.time.temporal.ChronoUnit." + pick("DAYS", "WEEKS", "MONTHS", "YEARS") + ".between("
                                + pick(
                                        "r.day, " + anyDate(),
                                        anyDate() + ", r.day",
                                        "r.day, r.nday != null ? r.nday : r.day")
                                + ") " + cmp() + " " + pick("0L", "1L", "-1L", "12L", "30L", "-366L"),
                        "r.ldt.withDayOfMonth(" + (1 + n(28)) + ").toLocalDate().isBefore(" + anyDate() + ")");
        };
    }

    private String dateTimePred() {
        return switch (n(8)) {
            case 0 ->
                "r.ldt.plus" + pick("Hours", "Minutes", "Seconds", "Days", "Months") + "(" + (n(100) - 20) + ")."
                        + pick("isBefore", "isAfter", "equals") + "(" + anyDateTime() + ")";
            case 1 -> "r.ldt.toLocalDate()." + pick("equals", "isBefore") + "(" + anyDate() + ")";
            case 2 -> "r.ldt.toLocalTime().isBefore(" + cap("LocalTime", LocalTime.of(n(24), n(2) * 30)) + ")";
            case 3 ->
                "r.odt.plus" + pick("Hours", "Days", "Months") + "(" + (n(40) - 5) + ").isAfter(" + anyOffsetTime()
                        + ")";
            case 4 -> "r.odt.toLocalDate()." + pick("equals", "isAfter") + "(" + anyDate() + ")";
            case 5 ->
                "r.ldt.minus" + pick("Days", "Weeks", "Years") + "(" + n(5) + ").getMonthValue() " + cmp() + " "
                        + n(13);
            case 6 -> "r.ldt.isBefore(java.time.LocalDateTime.now())";
            default -> "r.odt.toLocalTime().isBefore(" + cap("LocalTime", LocalTime.of(n(24), 0)) + ")";
        };
    }

    private String instantPred() {
        return switch (n(4)) {
            case 0 ->
                "r.ins.plusSeconds(" + (n(7200) - 3600) + ")." + pick("isBefore", "isAfter") + "(" + anyInstant() + ")";
            case 1 -> "r.ins." + pick("isBefore", "isAfter", "equals") + "(" + anyInstant() + ")";
            case 2 -> "r.ins.isBefore(r.odt.toInstant())";
            default -> "r.ins.isAfter(java.time.Instant.now())";
        };
    }

    private String boolPred() {
        return switch (n(5)) {
            case 0 -> "r.b";
            case 1 -> "!r.b";
            case 2 -> "Boolean.TRUE.equals(r.nb)";
            case 3 -> "r.nb != null && r.nb";
            default -> "r.nb == null";
        };
    }

    private String refusedPred() {
        mustRefuse = true;
        return switch (n(6)) {
            case 0 -> "Math.random() < 0.5 && r.i > 0";
            case 1 -> "new java.util.Random().nextInt(3) == r.i";
            case 2 -> "System.nanoTime() > r.l";
            case 3 -> "java.util.concurrent.ThreadLocalRandom.current().nextInt(5) > r.i";
            case 4 -> "java.util.UUID.randomUUID().toString().equals(r.s)";
            default -> "System.identityHashCode(r.s) == r.i";
        };
    }

    /** Values used by {@link LocalDate}-free callers (keeps imports honest in generated code). */
    static final Class<?>[] TYPES = {
        LocalDate.class, LocalDateTime.class, OffsetDateTime.class, Instant.class, LocalTime.class
    };
}
