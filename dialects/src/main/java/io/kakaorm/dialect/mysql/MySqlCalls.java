package io.kakaorm.dialect.mysql;

import io.kakaorm.dialect.sql.JavaText;
import io.kakaorm.expr.Call;
import io.kakaorm.expr.ColumnType;
import io.kakaorm.expr.Expr;
import io.kakaorm.expr.Function;
import io.kakaorm.expr.Literal;
import java.util.List;

/**
 * The Java-meaning functions of {@link io.kakaorm.expr.Function} in MariaDB/MySQL: UTF-16 length from a
 * {@code utf16} conversion, trim/strip as anchored PCRE replacements, wrap-around through
 * {@code DECIMAL(65)}, date/time fields and {@code DATE_ADD} (which clamps month ends as Java does).
 * Date-times are stored at UTC, so their fields are UTC fields.
 */
final class MySqlCalls {
    private static final String TWO_63 = "9223372036854775808";
    private static final String TWO_64 = "18446744073709551616";

    private MySqlCalls() {}

    static boolean render(MySqlRenderer r, Call e) {
        Expr x = e.args().isEmpty() ? null : e.args().get(0);
        switch (e.function()) {
            case LENGTH -> {
                r.text("(OCTET_LENGTH(CONVERT(");
                r.sub(x);
                r.text(" USING utf16)) DIV 2)");
            }
            case TRIM -> replace(r, x, "^[\\x{0}-\\x{20}]+|[\\x{0}-\\x{20}]+\\z");
            case STRIP -> replace(r, x, "^" + whitespace() + "+|" + whitespace() + "+\\z");
            case STRIP_LEADING -> replace(r, x, "^" + whitespace() + "+");
            case STRIP_TRAILING -> replace(r, x, whitespace() + "+\\z");
            case TO_LONG -> r.sub(x); // MariaDB computes integers in 64 bits already
            case TO_DOUBLE -> {
                r.text("CAST(");
                r.sub(x);
                r.text(" AS DOUBLE)");
            }
            case WRAP_INT -> wrap(r, x, "2147483648", "4294967296");
            case WRAP_SHORT -> wrap(r, x, "32768", "65536");
            case TRUNC_INT -> truncate(r, x, "2147483647", "-2147483648");
            case TRUNC_LONG -> truncate(r, x, "9223372036854775807", "-9223372036854775808");
            case LONG_ADD -> longOp(r, e, " + ");
            case LONG_SUB -> longOp(r, e, " - ");
            case LONG_MUL -> longOp(r, e, " * ");
            case LONG_DIV -> {
                r.text("CASE WHEN ");
                r.sub(e.args().get(1));
                r.text(" = -1 THEN ");
                longOp(
                        r,
                        new Call(Function.LONG_SUB, List.of(new Literal(0L, ColumnType.LONG), x), ColumnType.LONG),
                        " - ");
                r.text(" ELSE ");
                r.sub(x);
                r.text(" DIV ");
                r.sub(e.args().get(1));
                r.text(" END");
            }
            case YEAR -> fn(r, "YEAR", x);
            case MONTH -> fn(r, "MONTH", x);
            case DAY_OF_MONTH -> fn(r, "DAYOFMONTH", x);
            case DAY_OF_YEAR -> fn(r, "DAYOFYEAR", x);
            case DAY_OF_WEEK -> {
                r.text("(WEEKDAY(");
                r.sub(x);
                r.text(") + 1)");
            }
            case HOUR -> fn(r, "HOUR", x);
            case MINUTE -> fn(r, "MINUTE", x);
            case SECOND -> fn(r, "SECOND", x);
            case TO_DATE -> fn(r, "DATE", x);
            case PLUS_DAYS -> plus(r, x, e.args().get(1), "DAY");
            case PLUS_MONTHS -> plus(r, x, e.args().get(1), "MONTH");
            case PLUS_SECONDS -> plus(r, x, e.args().get(1), "SECOND");
            case CODE_POINTS -> fn(r, "CHAR_LENGTH", x);
            case NANO -> {
                r.text("(MICROSECOND(");
                r.sub(x);
                r.text(") * 1000)");
            }
            case START_OF_DAY -> {
                r.text("CAST(");
                r.sub(x);
                r.text(" AS DATETIME(6))");
            }
            case EPOCH_DAY -> {
                r.text("DATEDIFF(");
                r.sub(x);
                r.text(", '1970-01-01')");
            }
            default -> {
                return MySqlDecimals.render(r, e) || MySqlStrings.render(r, e);
            }
        }
        return true;
    }

    private static String whitespace() {
        StringBuilder sb = new StringBuilder("[");
        JavaText.WHITESPACE.chars().forEach(c -> sb.append(String.format("\\x{%X}", c)));
        return sb.append(']').toString();
    }

    private static void replace(MySqlRenderer r, Expr x, String pattern) {
        r.text("REGEXP_REPLACE(");
        r.sub(x);
        r.text(", ");
        r.bindText(pattern);
        r.text(", '')");
    }

    private static void fn(MySqlRenderer r, String name, Expr x) {
        r.text(name + "(");
        r.sub(x);
        r.text(")");
    }

    /**
     * Java's narrowing of a whole number to {@code full} values ({@code half} = full / 2): two's complement
     * wrap-around, ((x mod full) + full + half) mod full - half, which never overflows 64 bits.
     */
    private static void wrap(MySqlRenderer r, Expr x, String half, String full) {
        r.text("((((");
        r.sub(x);
        r.text(") % " + full + " + " + full + " + " + half + ") % " + full + ") - " + half + ")");
    }

    /** Java's long arithmetic: computed exactly in DECIMAL(65, 0), then wrapped to 64 bits. */
    private static void longOp(MySqlRenderer r, Call e, String op) {
        r.text("CAST((((CAST(");
        r.sub(e.args().get(0));
        r.text(" AS DECIMAL(65, 0))" + op + "CAST(");
        r.sub(e.args().get(1));
        r.text(" AS DECIMAL(65, 0))) % " + TWO_64 + " + " + TWO_64 + " + " + TWO_63 + ") % " + TWO_64 + ") - " + TWO_63
                + " AS SIGNED)");
    }

    private static void truncate(MySqlRenderer r, Expr x, String max, String min) {
        r.text("CASE WHEN ");
        r.sub(x);
        r.text(" >= " + max + " THEN " + max + " WHEN ");
        r.sub(x);
        r.text(" <= " + min + " THEN " + min + " ELSE CAST(TRUNCATE(");
        r.sub(x);
        r.text(", 0) AS SIGNED) END");
    }

    private static void plus(MySqlRenderer r, Expr x, Expr n, String unit) {
        r.text("DATE_ADD(");
        r.sub(x);
        r.text(", INTERVAL ");
        r.sub(n);
        r.text(" " + unit + ")");
    }
}
