package io.kakaorm.dialect.sqlite;

import io.kakaorm.expr.Call;
import io.kakaorm.expr.ColumnType;
import io.kakaorm.expr.Expr;

/**
 * The Java-meaning functions of {@link io.kakaorm.expr.Function} in SQLite. String functions and
 * {@code long} arithmetic call Java itself ({@code kakaorm_*} functions that the runtime registers on
 * every connection: SQLite's own stop at U+0000, count code points, and turn an overflowing sum into a
 * REAL). Dates are the fixed-width ISO text of {@link SqliteTypes}: fields come from {@code strftime},
 * arithmetic from its modifiers ({@code 'floor'} clamps month ends as Java does), fractions of a
 * second are kept as they are.
 */
final class SqliteCalls {
    private SqliteCalls() {}

    static boolean render(SqliteRenderer r, Call e) {
        Expr x = e.args().isEmpty() ? null : e.args().get(0);
        switch (e.function()) {
            case LENGTH -> javaFn(r, "kakaorm_len16", x);
            case TRIM -> javaFn(r, "kakaorm_trim", x);
            case STRIP -> javaFn(r, "kakaorm_strip", x);
            case STRIP_LEADING -> javaFn(r, "kakaorm_strip_leading", x);
            case STRIP_TRAILING -> javaFn(r, "kakaorm_strip_trailing", x);
            case TO_LONG -> r.sub(x); // SQLite integers are 64 bits
            case TO_DOUBLE -> {
                r.text("CAST(");
                r.sub(x);
                r.text(" AS REAL)");
            }
            case WRAP_INT -> wrap(r, x, "2147483648", "4294967296");
            case WRAP_SHORT -> wrap(r, x, "32768", "65536");
            case TRUNC_INT -> truncate(r, x, "2147483647", "-2147483648");
            case TRUNC_LONG -> truncate(r, x, "9223372036854775807", "-9223372036854775808");
            case LONG_ADD -> longOp(r, e, "+");
            case LONG_SUB -> longOp(r, e, "-");
            case LONG_MUL -> longOp(r, e, "*");
            case LONG_DIV -> longOp(r, e, "/");
            case YEAR -> field(r, "%Y", x);
            case MONTH -> field(r, "%m", x);
            case DAY_OF_MONTH -> field(r, "%d", x);
            case DAY_OF_YEAR -> field(r, "%j", x);
            case DAY_OF_WEEK -> {
                r.text("((");
                field(r, "%w", x);
                r.text(" + 6) % 7 + 1)"); // %w counts from Sunday = 0; ISO from Monday = 1
            }
            case HOUR -> field(r, "%H", x);
            case MINUTE -> field(r, "%M", x);
            case SECOND -> field(r, "%S", x);
            case TO_DATE -> {
                r.text("DATE(");
                r.sub(x);
                r.text(")");
            }
            case PLUS_DAYS -> plus(r, x, e.args().get(1), " days");
            case PLUS_MONTHS -> plus(r, x, e.args().get(1), " months");
            case PLUS_SECONDS -> plus(r, x, e.args().get(1), " seconds");
            case FLOOR -> javaFn(r, "kakaorm_floor", x);
            case CEIL -> javaFn(r, "kakaorm_ceil", x);
            case BIT_AND -> bits(r, e, "(", " & ", ")");
            case BIT_OR -> bits(r, e, "(", " | ", ")");
            case BIT_XOR -> {
                bits(r, e, "((", " | ", ")");
                bits(r, e, " & ~(", " & ", "))"); // SQLite has no XOR operator
            }
            case SUBSTRING16 -> javaFn(r, "kakaorm_substring", e);
            case CHAR_AT -> javaFn(r, "kakaorm_char_at", e);
            case INDEX_OF -> javaFn(r, "kakaorm_index_of", e);
            case LAST_INDEX_OF -> javaFn(r, "kakaorm_last_index_of", e);
            case STARTS_WITH_AT -> javaFn(r, "kakaorm_starts_with_at", e);
            case REPEAT -> javaFn(r, "kakaorm_repeat", e);
            case REPLACE -> javaFn(r, "kakaorm_replace", e);
            case CODE_POINTS -> javaFn(r, "kakaorm_code_points", x);
            case NANO -> {
                // the fixed-width text's six fraction digits: after 'HH:mm:ss.' (a time) or 'yyyy-MM-ddTHH:mm:ss.'
                r.text("(CAST(SUBSTR(");
                r.sub(x);
                r.text(", " + (x.type() == ColumnType.LOCAL_TIME ? 10 : 21) + ", 6) AS INTEGER) * 1000)");
            }
            case START_OF_DAY -> {
                r.text("(");
                r.sub(x);
                r.text(" || 'T00:00:00.000000')");
            }
            case EPOCH_DAY -> {
                r.text("CAST(JULIANDAY(");
                r.sub(x);
                r.text(") - 2440587.5 AS INTEGER)");
            }
            default -> {
                return SqliteDecimals.render(r, e);
            }
        }
        return true;
    }

    private static void javaFn(SqliteRenderer r, String name, Expr x) {
        r.text(name + "(");
        r.sub(x);
        r.text(")");
    }

    private static void javaFn(SqliteRenderer r, String name, Call e) {
        r.text(name + "(");
        for (int i = 0; i < e.args().size(); i++) {
            r.text(i > 0 ? ", " : "");
            r.sub(e.args().get(i));
        }
        r.text(")");
    }

    private static void bits(SqliteRenderer r, Call e, String open, String op, String close) {
        r.text(open);
        r.sub(e.args().get(0));
        r.text(op);
        r.sub(e.args().get(1));
        r.text(close);
    }

    /** Two's complement wrap-around to {@code full} values: ((x mod full) + full + half) mod full - half. */
    private static void wrap(SqliteRenderer r, Expr x, String half, String full) {
        r.text("((((");
        r.sub(x);
        r.text(") % " + full + " + " + full + " + " + half + ") % " + full + ") - " + half + ")");
    }

    private static void longOp(SqliteRenderer r, Call e, String op) {
        r.text("kakaorm_long('" + op + "', ");
        r.sub(e.args().get(0));
        r.text(", ");
        r.sub(e.args().get(1));
        r.text(")");
    }

    private static void truncate(SqliteRenderer r, Expr x, String max, String min) {
        r.text("CASE WHEN ");
        r.sub(x);
        r.text(" >= " + max + ".0 THEN " + max + " WHEN ");
        r.sub(x);
        r.text(" <= " + min + ".0 THEN " + min + " ELSE CAST(");
        r.sub(x);
        r.text(" AS INTEGER) END");
    }

    private static void field(SqliteRenderer r, String format, Expr x) {
        r.text("CAST(STRFTIME('" + format + "', ");
        r.sub(x);
        r.text(") AS INTEGER)");
    }

    /** {@code x} shifted by {@code n} units, written back in the column's own text format. */
    private static void plus(SqliteRenderer r, Expr x, Expr n, String unit) {
        boolean date = x.type() == ColumnType.LOCAL_DATE;
        boolean months = unit.equals(" months");
        r.text(date ? "DATE(" : "(STRFTIME('%Y-%m-%dT%H:%M:%S', ");
        r.sub(x);
        r.text(", CAST(");
        r.sub(n);
        r.text(" AS TEXT) || '" + unit + "'" + (months ? ", 'floor'" : "") + ")");
        if (!date) {
            r.text(" || SUBSTR(");
            r.sub(x);
            r.text(", 20))"); // the fraction (and an instant's Z) is unchanged by whole units
        }
    }
}
