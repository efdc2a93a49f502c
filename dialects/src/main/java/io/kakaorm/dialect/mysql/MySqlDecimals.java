package io.kakaorm.dialect.mysql;

import io.kakaorm.dialect.sql.LambdaRefusal;
import io.kakaorm.expr.Call;
import io.kakaorm.expr.ColumnRef;
import io.kakaorm.expr.ColumnType;
import io.kakaorm.expr.Expr;
import io.kakaorm.expr.Function;
import io.kakaorm.expr.Literal;
import io.kakaorm.expr.Param;
import io.kakaorm.meta.ColumnMeta;
import java.math.BigDecimal;

/**
 * {@code BigDecimal} arithmetic in MariaDB/MySQL. DECIMAL arithmetic is exact while a result keeps at most
 * 38 digits after the point and 65 in all; beyond, MariaDB rounds silently (0.1^20 × 0.1^20 is 0). Each
 * decimal expression therefore carries a bound — digits before and after the point, from the column's
 * declared precision (65, 30 when none) or the bound value's own digits — and a product or sum whose bound
 * exceeds those limits is refused with the lambda's source line. {@code ROUND(x, n)} rounds ties away from
 * zero (HALF_UP) and {@code TRUNCATE(x, n)} toward zero (DOWN) for DECIMAL values.
 */
final class MySqlDecimals {
    static final int MAX_SCALE = 38;
    static final int MAX_DIGITS = 65;

    /** Digits before and after the point that a decimal expression may have. */
    record Bound(int integer, int scale) {}

    private MySqlDecimals() {}

    static boolean render(MySqlRenderer r, Call e) {
        switch (e.function()) {
            case DEC_ADD -> infix(r, e, " + ");
            case DEC_SUB -> infix(r, e, " - ");
            case DEC_MUL -> infix(r, e, " * ");
            case DEC_NEGATE -> {
                r.text("(-");
                operand(r, e.args().get(0));
                r.text(")");
            }
            case DEC_ABS -> fn(r, "ABS(", e, ")");
            case DEC_SIGNUM -> fn(r, "SIGN(", e, ")");
            case DEC_SCALE_DOWN -> scaled(r, "TRUNCATE(", e);
            case DEC_SCALE_HALF_UP -> scaled(r, "ROUND(", e);
            case DEC_INT_VALUE -> wrap(r, e, "2147483648", "4294967296");
            case DEC_LONG_VALUE -> wrap(r, e, "9223372036854775808", "18446744073709551616");
            case DEC_OF -> {
                r.text("CAST(");
                r.sub(e.args().get(0));
                r.text(" AS DECIMAL(20, 0))");
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    /** The bound of a decimal (or whole-number) expression; refuses an arithmetic result MariaDB would round. */
    static Bound bound(MySqlRenderer r, Expr x) {
        if (x instanceof ColumnRef c) {
            if (c.column().type() != ColumnType.DECIMAL) {
                return new Bound(20, 0);
            }
            if (!(c.column() instanceof ColumnMeta m)) {
                return new Bound(MAX_DIGITS - 30, 30);
            }
            int p = m.precision();
            int s = m.scale();
            return p > 0 ? new Bound(p - s, s) : new Bound(MAX_DIGITS - (s > 0 ? s : 30), s > 0 ? s : 30);
        }
        if (x instanceof Param p) {
            return valueBound(r.paramValue(p));
        }
        if (x instanceof Call c) {
            switch (c.function()) {
                case DEC_ADD, DEC_SUB -> {
                    Bound a = bound(r, c.args().get(0));
                    Bound b = bound(r, c.args().get(1));
                    Bound sum = new Bound(Math.max(a.integer, b.integer) + 1, Math.max(a.scale, b.scale));
                    check(sum, c.function() == Function.DEC_ADD ? "add" : "subtract", MAX_DIGITS + 1);
                    return sum;
                }
                case DEC_MUL -> {
                    Bound a = bound(r, c.args().get(0));
                    Bound b = bound(r, c.args().get(1));
                    Bound product = new Bound(a.integer + b.integer, a.scale + b.scale);
                    check(product, "multiply", MAX_DIGITS);
                    return product;
                }
                case DEC_NEGATE, DEC_ABS -> {
                    return bound(r, c.args().get(0));
                }
                case DEC_SCALE_DOWN, DEC_SCALE_HALF_UP -> {
                    Bound a = bound(r, c.args().get(0));
                    return new Bound(a.integer + 1, ((Long) ((Literal) c.args().get(1)).value()).intValue());
                }
                case DEC_OF -> {
                    return new Bound(20, 0);
                }
                default -> {}
            }
        }
        if (x.type() != null && x.type().isInteger()) {
            return new Bound(20, 0);
        }
        return new Bound(MAX_DIGITS - 30, 30); // as a DECIMAL(65, 30) holds
    }

    private static Bound valueBound(Object v) {
        if (v instanceof BigDecimal d) {
            int scale = Math.max(d.scale(), 0);
            int integer = Math.max(d.precision() - d.scale(), 1);
            return new Bound(integer, scale);
        }
        if (v instanceof Number) {
            return new Bound(20, 0);
        }
        return new Bound(1, 0); // null
    }

    private static void check(Bound b, String op, int maxDigits) {
        if (b.scale > MAX_SCALE || b.integer + b.scale > maxDigits) {
            throw LambdaRefusal.of(
                    MySqlDialect.NAME,
                    "BigDecimal." + op + " whose exact result may need " + b.integer + " digits before and " + b.scale
                            + " after the point",
                    "MariaDB's DECIMAL keeps at most " + MAX_SCALE + " digits after the point and " + MAX_DIGITS
                            + " in all, and rounds silently beyond: declare the columns' precision and scale"
                            + " (@Column(precision = 20, scale = 4)) or compute it in Java");
        }
    }

    private static void infix(MySqlRenderer r, Call e, String op) {
        bound(r, e); // refuses a result MariaDB would round
        r.text("(");
        operand(r, e.args().get(0));
        r.text(op);
        operand(r, e.args().get(1));
        r.text(")");
    }

    /** A decimal operand; a bound decimal is cast to its own digits (DECIMAL(65, 30) would widen a product). */
    static void operand(MySqlRenderer r, Expr x) {
        if (x instanceof Param p && r.paramValue(p) instanceof BigDecimal d) {
            Bound b = valueBound(d);
            if (b.scale > MAX_SCALE || b.integer + b.scale > MAX_DIGITS) {
                throw LambdaRefusal.of(
                        MySqlDialect.NAME,
                        "the decimal "
                                + d.toPlainString()
                                        .substring(
                                                0,
                                                Math.min(20, d.toPlainString().length()))
                                + "… with more digits than DECIMAL keeps",
                        "MariaDB's DECIMAL keeps " + MAX_SCALE + " digits after the point and " + MAX_DIGITS
                                + " in all");
            }
            int precision = Math.max(b.integer + b.scale, 1);
            r.decide(precision * 100 + b.scale);
            r.text("CAST(");
            r.bindRaw(d);
            r.text(" AS DECIMAL(" + Math.min(precision, MAX_DIGITS) + ", " + Math.min(b.scale, MAX_SCALE) + "))");
        } else {
            r.sub(x);
        }
    }

    private static void fn(MySqlRenderer r, String open, Call e, String close) {
        r.text(open);
        operand(r, e.args().get(0));
        r.text(close);
    }

    private static void scaled(MySqlRenderer r, String fn, Call e) {
        r.text(fn);
        operand(r, e.args().get(0));
        r.text(", " + ((Literal) e.args().get(1)).value() + ")");
    }

    /** Java's narrowing of the truncated value: ((t mod full) + full + half) mod full - half. */
    private static void wrap(MySqlRenderer r, Call e, String half, String full) {
        r.text("CAST(((TRUNCATE(");
        operand(r, e.args().get(0));
        r.text(", 0) % " + full + " + " + full + " + " + half + ") % " + full + ") - " + half + " AS SIGNED)");
    }
}
