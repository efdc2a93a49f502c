package io.kakaorm.dialect.postgres;

import io.kakaorm.expr.Call;
import io.kakaorm.expr.Literal;

/**
 * {@code BigDecimal} arithmetic in PostgreSQL: NUMERIC is exact for {@code + - *}, {@code ROUND(x, n)}
 * rounds ties away from zero ({@code RoundingMode.HALF_UP}) and {@code TRUNC(x, n)} toward zero
 * ({@code DOWN}); {@code intValue()}/{@code longValue()} keep the low 32/64 bits of the truncated value,
 * computed in NUMERIC.
 */
final class PostgresDecimals {
    private PostgresDecimals() {}

    static boolean render(PostgresRenderer r, Call e) {
        switch (e.function()) {
            case DEC_ADD -> infix(r, e, " + ");
            case DEC_SUB -> infix(r, e, " - ");
            case DEC_MUL -> infix(r, e, " * ");
            case DEC_NEGATE -> {
                r.text("(-");
                numeric(r, e, 0);
                r.text(")");
            }
            case DEC_ABS -> fn(r, "ABS(", e, ")");
            case DEC_SIGNUM -> fn(r, "CAST(SIGN(", e, ") AS INTEGER)");
            case DEC_SCALE_DOWN -> scaled(r, "TRUNC(", e);
            case DEC_SCALE_HALF_UP -> scaled(r, "ROUND(", e);
            case DEC_INT_VALUE -> wrap(r, e, "2147483648", "4294967296", "INTEGER");
            case DEC_LONG_VALUE -> wrap(r, e, "9223372036854775808", "18446744073709551616", "BIGINT");
            case DEC_OF -> fn(r, "", e, "");
            default -> {
                return false;
            }
        }
        return true;
    }

    private static void numeric(PostgresRenderer r, Call e, int arg) {
        r.text("CAST(");
        r.sub(e.args().get(arg));
        r.text(" AS NUMERIC)");
    }

    private static void infix(PostgresRenderer r, Call e, String op) {
        r.text("(");
        numeric(r, e, 0);
        r.text(op);
        numeric(r, e, 1);
        r.text(")");
    }

    private static void fn(PostgresRenderer r, String open, Call e, String close) {
        r.text(open);
        numeric(r, e, 0);
        r.text(close);
    }

    private static void scaled(PostgresRenderer r, String fn, Call e) {
        r.text(fn);
        numeric(r, e, 0);
        r.text(", " + ((Literal) e.args().get(1)).value() + ")");
    }

    /** Java's narrowing of the truncated value: ((t mod full) + full + half) mod full - half. */
    private static void wrap(PostgresRenderer r, Call e, String half, String full, String type) {
        r.text("CAST(((TRUNC(");
        numeric(r, e, 0);
        r.text(") % " + full + " + " + full + " + " + half + ") % " + full + ") - " + half + " AS " + type + ")");
    }
}
