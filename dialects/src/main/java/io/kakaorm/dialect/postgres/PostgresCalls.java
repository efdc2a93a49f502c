package io.kakaorm.dialect.postgres;

import io.kakaorm.dialect.sql.JavaText;
import io.kakaorm.expr.Call;
import io.kakaorm.expr.ColumnType;
import io.kakaorm.expr.Expr;
import io.kakaorm.expr.Function;
import io.kakaorm.expr.Literal;
import java.util.List;

/**
 * The Java-meaning functions of {@link io.kakaorm.expr.Function} in PostgreSQL: UTF-16 length from the
 * supplementary characters, {@code BTRIM} with Java's character sets, integer wrap-around computed in
 * {@code bigint}/{@code numeric}, and date/time fields and arithmetic at UTC (never the session zone).
 */
final class PostgresCalls {
    private static final String TWO_63 = "9223372036854775808";
    private static final String TWO_64 = "18446744073709551616";

    private PostgresCalls() {}

    static boolean render(PostgresRenderer r, Call e) {
        Expr x = e.args().isEmpty() ? null : e.args().get(0);
        switch (e.function()) {
            case LENGTH -> {
                r.text("(CHAR_LENGTH(");
                r.sub(x);
                r.text(") + CHAR_LENGTH(REGEXP_REPLACE(");
                r.sub(x);
                r.text(", '[^\\U00010000-\\U0010FFFF]', '', 'g')))"); // a supplementary character is 2 chars in Java
            }
            case TRIM -> trim(r, "BTRIM", x, JavaText.trimmed('\u0001'));
            case STRIP -> trim(r, "BTRIM", x, JavaText.WHITESPACE);
            case STRIP_LEADING -> trim(r, "LTRIM", x, JavaText.WHITESPACE);
            case STRIP_TRAILING -> trim(r, "RTRIM", x, JavaText.WHITESPACE);
            case TO_LONG -> cast(r, x, "BIGINT");
            case TO_DOUBLE -> cast(r, x, "DOUBLE PRECISION");
            case WRAP_INT -> wrap(r, x, "2147483648", "4294967296");
            case WRAP_SHORT -> wrap(r, x, "32768", "65536");
            case TRUNC_INT -> truncate(r, x, "2147483647", "-2147483648", "INTEGER");
            case TRUNC_LONG -> truncate(r, x, "9223372036854775807", "-9223372036854775808", "BIGINT");
            case LONG_ADD -> longOp(r, e, " + ");
            case LONG_SUB -> longOp(r, e, " - ");
            case LONG_MUL -> longOp(r, e, " * ");
            case LONG_DIV -> {
                // Long.MIN_VALUE / -1 overflows to itself in Java, and raises an error in SQL
                r.text("CASE WHEN ");
                r.sub(e.args().get(1));
                r.text(" = -1 THEN ");
                longOp(
                        r,
                        new Call(Function.LONG_SUB, List.of(new Literal(0L, ColumnType.LONG), x), ColumnType.LONG),
                        " - ");
                r.text(" ELSE ");
                r.sub(x);
                r.text(" / ");
                r.sub(e.args().get(1));
                r.text(" END");
            }
            case YEAR -> field(r, "YEAR", x);
            case MONTH -> field(r, "MONTH", x);
            case DAY_OF_MONTH -> field(r, "DAY", x);
            case DAY_OF_YEAR -> field(r, "DOY", x);
            case DAY_OF_WEEK -> field(r, "ISODOW", x);
            case HOUR -> field(r, "HOUR", x);
            case MINUTE -> field(r, "MINUTE", x);
            case SECOND -> {
                r.text("CAST(FLOOR(EXTRACT(SECOND FROM ");
                local(r, x);
                r.text(")) AS INTEGER)");
            }
            case TO_DATE -> {
                r.text("CAST(");
                local(r, x);
                r.text(" AS DATE)");
            }
            case PLUS_DAYS -> plus(r, x, e.args().get(1), "days", true);
            case PLUS_MONTHS -> plus(r, x, e.args().get(1), "months", true);
            case PLUS_SECONDS -> plus(r, x, e.args().get(1), "secs", false);
            case CODE_POINTS -> {
                r.text("CHAR_LENGTH(");
                r.sub(x);
                r.text(")");
            }
            case NANO -> {
                r.text("(CAST(EXTRACT(MICROSECONDS FROM ");
                local(r, x);
                r.text(") AS INTEGER) % 1000000 * 1000)");
            }
            case START_OF_DAY -> cast(r, x, "TIMESTAMP");
            case EPOCH_DAY -> {
                r.text("(CAST(");
                r.sub(x);
                r.text(" AS DATE) - DATE '1970-01-01')");
            }
            default -> {
                return PostgresDecimals.render(r, e) || PostgresStrings.render(r, e);
            }
        }
        return true;
    }

    private static void trim(PostgresRenderer r, String fn, Expr x, String chars) {
        r.text(fn + "(");
        r.sub(x);
        r.text(", ");
        r.bindText(chars);
        r.text(")");
    }

    private static void cast(PostgresRenderer r, Expr x, String type) {
        r.text("CAST(");
        r.sub(x);
        r.text(" AS " + type + ")");
    }

    /**
     * Java's narrowing of a whole number to {@code full} values ({@code half} = full / 2): two's complement
     * wrap-around, ((x mod full) + full + half) mod full - half, which never overflows 64 bits.
     */
    private static void wrap(PostgresRenderer r, Expr x, String half, String full) {
        r.text("((((");
        r.sub(x);
        r.text(") % " + full + " + " + full + " + " + half + ") % " + full + ") - " + half + ")");
    }

    /** Java's long arithmetic: computed exactly in NUMERIC, then wrapped to 64 bits. */
    private static void longOp(PostgresRenderer r, Call e, String op) {
        r.text("CAST((((CAST(");
        r.sub(e.args().get(0));
        r.text(" AS NUMERIC)" + op + "CAST(");
        r.sub(e.args().get(1));
        r.text(" AS NUMERIC)) % " + TWO_64 + " + " + TWO_64 + " + " + TWO_63 + ") % " + TWO_64 + ") - " + TWO_63
                + " AS BIGINT)");
    }

    private static void truncate(PostgresRenderer r, Expr x, String max, String min, String type) {
        r.text("CASE WHEN ");
        r.sub(x);
        r.text(" = 'NaN'::float8 THEN 0 WHEN ");
        r.sub(x);
        r.text(" >= " + max + " THEN " + max + " WHEN ");
        r.sub(x);
        r.text(" <= " + min + " THEN " + min + " ELSE CAST(TRUNC(");
        r.sub(x);
        r.text(") AS " + type + ") END");
    }

    /** A date/time as a zone-less timestamp in its own offset (UTC for instants), never the session zone. */
    private static void local(PostgresRenderer r, Expr x) {
        r.sub(x);
        if (x.type() == ColumnType.OFFSET_DATE_TIME || x.type() == ColumnType.INSTANT) {
            r.text(" AT TIME ZONE 'UTC'");
        }
    }

    private static void field(PostgresRenderer r, String field, Expr x) {
        r.text("CAST(EXTRACT(" + field + " FROM ");
        local(r, x);
        r.text(") AS INTEGER)");
    }

    private static void plus(PostgresRenderer r, Expr x, Expr n, String unit, boolean integral) {
        boolean zoned = x.type() == ColumnType.OFFSET_DATE_TIME || x.type() == ColumnType.INSTANT;
        r.text(zoned ? "((" : "CAST(");
        local(r, x);
        r.text(" + MAKE_INTERVAL(" + unit + " => ");
        if (integral) {
            cast(r, n, "INTEGER");
        } else {
            r.sub(n);
        }
        r.text(")");
        r.text(zoned ? ") AT TIME ZONE 'UTC')" : x.type() == ColumnType.LOCAL_DATE ? " AS DATE)" : " AS TIMESTAMP)");
    }
}
