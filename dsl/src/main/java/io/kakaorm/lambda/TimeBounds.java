package io.kakaorm.lambda;

import static org.objectweb.asm.Opcodes.INVOKESTATIC;

import io.kakaorm.expr.Binary;
import io.kakaorm.expr.BinaryOp;
import io.kakaorm.expr.Expr;
import io.kakaorm.expr.Unary;
import io.kakaorm.expr.UnaryOp;
import io.kakaorm.lambda.SymbolicValue.Th;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Set;
import org.objectweb.asm.Type;

/**
 * A time or date-time row value compared with a Java value finer than a microsecond (every database keeps
 * microseconds, and so do the rows): {@code x < c} is {@code x < c} rounded up to the microsecond,
 * {@code x <= c} is {@code x <=} c rounded down, and {@code x == c} holds for no row when c has nanoseconds
 * (it is no whole microsecond). So {@code t.isBefore(LocalTime.MAX)} includes 23:59:59.999999, as
 * in Java, where binding {@code LocalTime.MAX} as it is would be truncated (SQLite, MariaDB) or rounded to
 * 24:00 (PostgreSQL). {@code ==} is {@code x = c AND c is a whole microsecond}, keeping SQL's rules for a
 * nullable x. The rounding runs per query, on the bound value. Public for the reflective thunks only.
 */
public final class TimeBounds {
    private static final Set<String> TIMES = Set.of(
            "Ljava/time/LocalTime;", "Ljava/time/LocalDateTime;", "Ljava/time/OffsetDateTime;", "Ljava/time/Instant;");

    private TimeBounds() {}

    /** {@code a op b}, with a Java time value on one side rounded to the microsecond as the operator needs. */
    static Expr compare(DecodeContext ctx, BinaryOp op, SymbolicValue a, SymbolicValue b) {
        if (isTime(a.type()) && b instanceof Th t && DecodeContext.dependsOnRow(a)) {
            return bounded(ctx, op, ctx.expr(a), t);
        }
        if (isTime(b.type()) && a instanceof Th t && DecodeContext.dependsOnRow(b)) {
            return bounded(ctx, flip(op), ctx.expr(b), t);
        }
        return new Binary(op, ctx.expr(a), ctx.expr(b));
    }

    private static boolean isTime(Type t) {
        return t != null && TIMES.contains(t.getDescriptor());
    }

    private static BinaryOp flip(BinaryOp op) {
        return switch (op) {
            case LT -> BinaryOp.GT;
            case LE -> BinaryOp.GE;
            case GT -> BinaryOp.LT;
            case GE -> BinaryOp.LE;
            default -> op;
        };
    }

    private static Expr bounded(DecodeContext ctx, BinaryOp op, Expr x, Th c) {
        if (op == BinaryOp.EQ || op == BinaryOp.NE) {
            // x = c only when c is a whole microsecond (a null c stays null: x IS NULL, as Objects.equals);
            // the plain = / <> keeps the renderer's NULL rules for a nullable x
            Expr exact = ctx.expr(new Th(
                    new Thunk.Invoke(
                            INVOKESTATIC,
                            "io/kakaorm/lambda/TimeBounds",
                            "exact",
                            "(Ljava/lang/Object;)Z",
                            false,
                            List.of(c.thunk())),
                    Type.BOOLEAN_TYPE));
            Expr cmp = new Binary(op, x, rounded(ctx, c, "floor"));
            return op == BinaryOp.EQ
                    ? new Binary(BinaryOp.AND, cmp, exact)
                    : new Binary(BinaryOp.OR, cmp, new Unary(UnaryOp.NOT, exact));
        }
        Expr plain = plainBound(ctx, op, x, c);
        if (!c.type().getDescriptor().equals("Ljava/time/LocalTime;") || op == BinaryOp.GT || op == BinaryOp.LE) {
            return plain;
        }
        // past 23:59:59.999999 no microsecond is left to round up to: every row is before such a time
        Expr last = ctx.expr(new Th(
                new Thunk.Invoke(
                        INVOKESTATIC,
                        "io/kakaorm/lambda/TimeBounds",
                        "pastLastMicro",
                        "(Ljava/lang/Object;)Z",
                        false,
                        List.of(c.thunk())),
                Type.BOOLEAN_TYPE));
        return op == BinaryOp.LT
                ? new Binary(BinaryOp.OR, plain, last)
                : new Binary(BinaryOp.AND, plain, new Unary(UnaryOp.NOT, last));
    }

    private static Expr plainBound(DecodeContext ctx, BinaryOp op, Expr x, Th c) {
        return switch (op) {
            case LT, GE -> new Binary(op, x, rounded(ctx, c, "ceil"));
            case GT, LE -> new Binary(op, x, rounded(ctx, c, "floor"));
            default -> new Binary(op, x, ctx.expr(c));
        };
    }

    private static Expr rounded(DecodeContext ctx, Th c, String method) {
        Thunk t = new Thunk.Invoke(
                INVOKESTATIC,
                "io/kakaorm/lambda/TimeBounds",
                method,
                "(Ljava/lang/Object;)Ljava/lang/Object;",
                false,
                List.of(c.thunk()));
        return ctx.expr(new Th(new Thunk.CheckCast(c.type().getInternalName(), t), c.type()));
    }

    /** {@code t} rounded down to the microsecond ({@code null} stays {@code null}). */
    public static Object floor(Object t) {
        return t == null ? null : truncate(t);
    }

    /** {@code t} rounded up to the microsecond; a value past the last microsecond of its type stays as it is. */
    public static Object ceil(Object t) {
        if (t == null) {
            return null;
        }
        Object down = truncate(t);
        if (down.equals(t)) {
            return t;
        }
        if (pastLastMicro(t)) {
            return down; // no microsecond after it in a day (see pastLastMicro)
        }
        return ((Temporal) down).plus(1, ChronoUnit.MICROS);
    }

    /** Whether {@code t} is null or a whole microsecond (a value a column can hold). */
    public static boolean exact(Object t) {
        return t == null || truncate(t).equals(t);
    }

    /** Whether {@code t} is a LocalTime after 23:59:59.999999, which no stored time reaches. */
    public static boolean pastLastMicro(Object t) {
        return t instanceof LocalTime lt && lt.isAfter(LAST_MICRO);
    }

    private static final LocalTime LAST_MICRO = LocalTime.of(23, 59, 59, 999_999_000);

    private static Object truncate(Object t) {
        if (t instanceof LocalTime lt) {
            return lt.truncatedTo(ChronoUnit.MICROS);
        }
        if (t instanceof LocalDateTime ldt) {
            return ldt.truncatedTo(ChronoUnit.MICROS);
        }
        if (t instanceof OffsetDateTime odt) {
            return odt.truncatedTo(ChronoUnit.MICROS);
        }
        if (t instanceof Instant i) {
            return i.truncatedTo(ChronoUnit.MICROS);
        }
        return t;
    }
}
