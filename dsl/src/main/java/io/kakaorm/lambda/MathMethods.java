package io.kakaorm.lambda;

import io.kakaorm.expr.Binary;
import io.kakaorm.expr.BinaryOp;
import io.kakaorm.expr.CaseWhen;
import io.kakaorm.expr.ColumnType;
import io.kakaorm.expr.Expr;
import io.kakaorm.expr.Function;
import io.kakaorm.expr.Literal;
import io.kakaorm.lambda.SymbolicValue.Ex;
import java.util.List;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.MethodInsnNode;

/**
 * Static methods of {@code Math}, the number wrappers, {@code Objects} and {@code Optional} on row values,
 * each with Java's exact meaning: {@code max}/{@code min}, {@code floorDiv}/{@code floorMod} (rounding
 * toward negative infinity, {@code floorDiv(MIN_VALUE, -1)} wrapping), {@code signum}, {@code round}
 * (half up, exactly, saturating), {@code floor}/{@code ceil}, {@code Integer.toString}, null defaults.
 * Built from CASE and the existing wrap-around arithmetic, so every dialect renders them.
 */
final class MathMethods {
    private MathMethods() {}

    /** The translation of a static call with row-dependent arguments, or {@code null} when not one of these. */
    static SymbolicValue translate(DecodeContext ctx, MethodInsnNode m, List<? extends SymbolicValue> v) {
        String key = m.owner + "." + m.name + m.desc;
        switch (key) {
            case "java/lang/Math.max(II)I",
                    "java/lang/Math.max(JJ)J",
                    "java/lang/Math.max(DD)D",
                    "java/lang/Math.min(II)I",
                    "java/lang/Math.min(JJ)J",
                    "java/lang/Math.min(DD)D",
                    "java/lang/StrictMath.max(II)I",
                    "java/lang/StrictMath.max(JJ)J",
                    "java/lang/StrictMath.min(II)I",
                    "java/lang/StrictMath.min(JJ)J":
                return extreme(ctx, m, v);
            case "java/lang/Math.floorDiv(II)I", "java/lang/Math.floorDiv(JJ)J", "java/lang/Math.floorDiv(JI)J":
                return floorDiv(ctx, v, m.desc.endsWith("J"));
            case "java/lang/Math.floorMod(II)I", "java/lang/Math.floorMod(JJ)J":
                return floorMod(ctx, v, m.desc.endsWith("J"));
            case "java/lang/Math.floorMod(JI)I":
                // computed in 64 bits; the result lies between 0 and the int divisor, so it is an int
                return InvokeTranslator.retype(floorMod(ctx, v, true), Type.INT_TYPE);
            case "java/lang/Integer.signum(I)I", "java/lang/Long.signum(J)I":
                return new Ex(
                        sign(
                                ctx.expr(v.get(0)),
                                new Literal(1L, ColumnType.INT),
                                new Literal(-1L, ColumnType.INT),
                                new Literal(0L, ColumnType.INT)),
                        Type.INT_TYPE);
            case "java/lang/Math.signum(D)D":
                return signumDouble(ctx, v.get(0));
            case "java/lang/Math.floor(D)D":
                return new Ex(Numeric.call(Function.FLOOR, ColumnType.DOUBLE, ctx.expr(v.get(0))), Type.DOUBLE_TYPE);
            case "java/lang/Math.ceil(D)D":
                return new Ex(Numeric.call(Function.CEIL, ColumnType.DOUBLE, ctx.expr(v.get(0))), Type.DOUBLE_TYPE);
            case "java/lang/Math.round(D)J":
                return new Ex(round(ctx, ctx.expr(v.get(0))), Type.LONG_TYPE);
            case "java/lang/Math.round(F)I":
                throw new Reject("Math.round(float) of a row value", "compute in double: Math.round(double)");
            case "java/lang/Integer.toString(I)Ljava/lang/String;",
                    "java/lang/Long.toString(J)Ljava/lang/String;",
                    "java/lang/Boolean.toString(Z)Ljava/lang/String;":
                return StringConcat.of(
                        ctx, List.of(v.get(0)), List.of(Type.getArgumentTypes(m.desc)[0].getDescriptor()));
            case "java/util/Objects.requireNonNullElse(Ljava/lang/Object;Ljava/lang/Object;)Ljava/lang/Object;":
                return coalesce(ctx, v.get(0), v.get(1), true);
            default:
                return null;
        }
    }

    /**
     * {@code Optional.ofNullable(x).orElse(y)}: COALESCE; {@code null} when {@code optional} is not an
     * {@code Optional.ofNullable} of a row value (the caller then refuses).
     */
    static SymbolicValue coalesce(DecodeContext ctx, SymbolicValue value, SymbolicValue fallback, boolean require) {
        if (require
                && !DecodeContext.dependsOnRow(fallback)
                && fallback instanceof SymbolicValue.Th
                && ((SymbolicValue.Th) fallback).thunk().equals(new Thunk.Const(null))) {
            throw new Reject(
                    "Objects.requireNonNullElse(x, null)",
                    "Java throws NullPointerException for a null x;" + " give a non-null default");
        }
        Expr e = Numeric.call(
                Function.COALESCE,
                ctx.expr(value).type() != null
                        ? ctx.expr(value).type()
                        : ctx.expr(fallback).type(),
                ctx.expr(value),
                ctx.expr(fallback));
        if (require && ctx.filter && Derefs.mayBeNull(value) && Derefs.mayBeNull(fallback)) {
            e = Derefs.mark(e, e); // Java throws NullPointerException where both are null
        }
        Type t = value.type() != null && !value.type().equals(JvmTypes.OBJECT) ? value.type() : fallback.type();
        return new Ex(e, t);
    }

    private static SymbolicValue extreme(DecodeContext ctx, MethodInsnNode m, List<? extends SymbolicValue> v) {
        Expr a = ctx.expr(v.get(0));
        Expr b = ctx.expr(v.get(1));
        if (m.desc.equals("(JJ)J")) {
            a = Numeric.toLong(a);
            b = Numeric.toLong(b);
        }
        boolean max = m.name.equals("max");
        // doubles: NaN is never stored, and max(-0.0, 0.0) picks either of two values that are == anyway
        return new Ex(
                new CaseWhen(List.of(new CaseWhen.When(new Binary(max ? BinaryOp.GE : BinaryOp.LE, a, b), a)), b),
                Type.getReturnType(m.desc));
    }

    /** Java's {@code floorDiv}: the truncated quotient, minus one when the remainder is not 0 and the signs differ. */
    private static SymbolicValue floorDiv(DecodeContext ctx, List<? extends SymbolicValue> v, boolean isLong) {
        Expr a = operand(ctx, v.get(0), isLong);
        Expr b = operand(ctx, v.get(1), isLong);
        Expr q = Numeric.integral(BinaryOp.DIV, a, b, isLong);
        Expr adjust = adjusted(a, b, isLong);
        Expr one = new Literal(1L, isLong ? ColumnType.LONG : ColumnType.INT);
        Expr minus = Numeric.integral(BinaryOp.SUB, q, one, isLong);
        return new Ex(
                new CaseWhen(List.of(new CaseWhen.When(adjust, minus)), q), isLong ? Type.LONG_TYPE : Type.INT_TYPE);
    }

    /** Java's {@code floorMod}: the remainder, plus the divisor when it is not 0 and the signs differ. */
    private static SymbolicValue floorMod(DecodeContext ctx, List<? extends SymbolicValue> v, boolean isLong) {
        Expr a = operand(ctx, v.get(0), isLong);
        Expr b = operand(ctx, v.get(1), isLong);
        Expr r = new Binary(BinaryOp.MOD, a, b);
        Expr plus = Numeric.integral(BinaryOp.ADD, r, b, isLong); // |r| < |b| and opposite signs: no overflow
        return new Ex(
                new CaseWhen(List.of(new CaseWhen.When(adjusted(a, b, isLong), plus)), r),
                isLong ? Type.LONG_TYPE : Type.INT_TYPE);
    }

    private static Expr operand(DecodeContext ctx, SymbolicValue v, boolean isLong) {
        Expr e = ctx.expr(v);
        return isLong ? Numeric.toLong(e) : e;
    }

    /** {@code a % b != 0 && (a < 0) != (b < 0)}. */
    private static Expr adjusted(Expr a, Expr b, boolean isLong) {
        ColumnType t = isLong ? ColumnType.LONG : ColumnType.INT;
        Expr zero = new Literal(0L, t);
        Expr nonZero = new Binary(BinaryOp.NE, new Binary(BinaryOp.MOD, a, b), zero);
        Expr signs = new Binary(BinaryOp.NE, new Binary(BinaryOp.LT, a, zero), new Binary(BinaryOp.LT, b, zero));
        return new Binary(BinaryOp.AND, nonZero, signs);
    }

    private static Expr sign(Expr x, Expr pos, Expr neg, Expr zero) {
        Expr z = new Literal(0L, x.type() == ColumnType.LONG ? ColumnType.LONG : ColumnType.INT);
        return new CaseWhen(
                List.of(
                        new CaseWhen.When(new Binary(BinaryOp.GT, x, z), pos),
                        new CaseWhen.When(new Binary(BinaryOp.LT, x, z), neg)),
                zero);
    }

    /** {@code Integer.compare(a, b)} / {@code Long.compare(a, b)} as a number: -1, 0 or 1. */
    static Expr compare(Expr a, Expr b) {
        return new CaseWhen(
                List.of(
                        new CaseWhen.When(new Binary(BinaryOp.LT, a, b), new Literal(-1L, ColumnType.INT)),
                        new CaseWhen.When(new Binary(BinaryOp.GT, a, b), new Literal(1L, ColumnType.INT))),
                new Literal(0L, ColumnType.INT));
    }

    private static SymbolicValue signumDouble(DecodeContext ctx, SymbolicValue v) {
        Expr x = ctx.expr(v);
        Expr one = ctx.params.param(new Thunk.Const(1.0), Type.DOUBLE_TYPE);
        Expr minusOne = ctx.params.param(new Thunk.Const(-1.0), Type.DOUBLE_TYPE);
        Expr zero = ctx.params.param(new Thunk.Const(0.0), Type.DOUBLE_TYPE);
        return new Ex(
                new CaseWhen(
                        List.of(
                                new CaseWhen.When(new Binary(BinaryOp.GT, x, zero), one),
                                new CaseWhen.When(new Binary(BinaryOp.LT, x, zero), minusOne)),
                        x),
                Type.DOUBLE_TYPE);
    }

    /**
     * Java's {@code Math.round(double)}: floor(x + 1/2) computed exactly — {@code x - floor(x)} is exact in
     * double, unlike {@code x + 0.5} (0.49999999999999994 rounds to 0) — then saturated to a long as
     * {@code (long)} does (NaN is 0).
     */
    private static Expr round(DecodeContext ctx, Expr x) {
        Expr floor = Numeric.call(Function.FLOOR, ColumnType.DOUBLE, x);
        Expr frac = new Binary(BinaryOp.SUB, x, floor);
        Expr half = new Binary(BinaryOp.GE, frac, ctx.params.param(new Thunk.Const(0.5), Type.DOUBLE_TYPE));
        Expr up = new Binary(BinaryOp.ADD, floor, ctx.params.param(new Thunk.Const(1.0), Type.DOUBLE_TYPE));
        return Numeric.call(
                Function.TRUNC_LONG, ColumnType.LONG, new CaseWhen(List.of(new CaseWhen.When(half, up)), floor));
    }
}
