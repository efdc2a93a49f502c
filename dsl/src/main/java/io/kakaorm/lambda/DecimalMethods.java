package io.kakaorm.lambda;

import io.kakaorm.expr.Call;
import io.kakaorm.expr.ColumnType;
import io.kakaorm.expr.Expr;
import io.kakaorm.expr.Function;
import io.kakaorm.expr.Literal;
import io.kakaorm.lambda.SymbolicValue.Cmp;
import io.kakaorm.lambda.SymbolicValue.Ex;
import io.kakaorm.lambda.SymbolicValue.Th;
import java.util.List;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.MethodInsnNode;

/**
 * {@code BigDecimal} on row values with Java's exact meaning: {@code add}, {@code subtract},
 * {@code multiply}, {@code negate}, {@code abs}, {@code signum}, {@code compareTo}, {@code intValue},
 * {@code longValue}, {@code setScale(n, DOWN/HALF_UP)} and {@code BigDecimal.valueOf(long)}. None of these
 * depends on the operands' scales, only on their values, so SQL's own scale rules do not matter as long as
 * the arithmetic is exact (which the dialects guarantee or refuse). Scale-sensitive ({@code equals},
 * {@code scale()}, {@code toString()}) and inexact ({@code divide}, {@code doubleValue}) methods are refused
 * with what to write instead.
 */
final class DecimalMethods {
    static final String OWNER = "java/math/BigDecimal";
    static final Type TYPE = Type.getObjectType(OWNER);
    private static final int MAX_SCALE = 30;

    private DecimalMethods() {}

    /** A method of a row BigDecimal; never {@code null} (refuses what it does not translate). */
    static SymbolicValue virtual(DecodeContext ctx, MethodInsnNode m, List<? extends SymbolicValue> v) {
        switch (m.name + m.desc) {
            case "add(Ljava/math/BigDecimal;)Ljava/math/BigDecimal;":
                return dec(Function.DEC_ADD, ctx.expr(v.get(0)), ctx.expr(v.get(1)));
            case "subtract(Ljava/math/BigDecimal;)Ljava/math/BigDecimal;":
                return dec(Function.DEC_SUB, ctx.expr(v.get(0)), ctx.expr(v.get(1)));
            case "multiply(Ljava/math/BigDecimal;)Ljava/math/BigDecimal;":
                return dec(Function.DEC_MUL, ctx.expr(v.get(0)), ctx.expr(v.get(1)));
            case "negate()Ljava/math/BigDecimal;":
                return dec(Function.DEC_NEGATE, ctx.expr(v.get(0)));
            case "abs()Ljava/math/BigDecimal;":
                return dec(Function.DEC_ABS, ctx.expr(v.get(0)));
            case "plus()Ljava/math/BigDecimal;":
                return v.get(0);
            case "signum()I":
                return new Ex(
                        new Call(Function.DEC_SIGNUM, List.of(ctx.expr(v.get(0))), ColumnType.INT), Type.INT_TYPE);
            case "compareTo(Ljava/math/BigDecimal;)I", "compareTo(Ljava/lang/Object;)I":
                return new Cmp(v.get(0), v.get(1));
            case "intValue()I":
                return new Ex(
                        new Call(Function.DEC_INT_VALUE, List.of(ctx.expr(v.get(0))), ColumnType.INT), Type.INT_TYPE);
            case "longValue()J":
                return new Ex(
                        new Call(Function.DEC_LONG_VALUE, List.of(ctx.expr(v.get(0))), ColumnType.LONG),
                        Type.LONG_TYPE);
            case "setScale(ILjava/math/RoundingMode;)Ljava/math/BigDecimal;":
                return setScale(ctx, v);
            case "max(Ljava/math/BigDecimal;)Ljava/math/BigDecimal;",
                    "min(Ljava/math/BigDecimal;)Ljava/math/BigDecimal;":
                throw new Reject(
                        "BigDecimal." + m.name + " of a row value",
                        "compare with compareTo: " + m.name
                                + " returns one of two values of possibly different scales");
            case "equals(Ljava/lang/Object;)Z":
                throw new Reject(
                        "BigDecimal.equals(Object)",
                        "use compareTo(x) == 0: BigDecimal.equals also compares the scale (2.0 is not 2.00), SQL does not");
            case "divide(Ljava/math/BigDecimal;)Ljava/math/BigDecimal;",
                    "divide(Ljava/math/BigDecimal;Ljava/math/RoundingMode;)Ljava/math/BigDecimal;",
                    "divide(Ljava/math/BigDecimal;ILjava/math/RoundingMode;)Ljava/math/BigDecimal;",
                    "divide(Ljava/math/BigDecimal;Ljava/math/MathContext;)Ljava/math/BigDecimal;",
                    "remainder(Ljava/math/BigDecimal;)Ljava/math/BigDecimal;",
                    "divideToIntegralValue(Ljava/math/BigDecimal;)Ljava/math/BigDecimal;":
                throw new Reject(
                        "BigDecimal." + m.name + " of a row value",
                        "Java's quotient has a scale (or throws for 1/3) that no database reproduces: multiply instead"
                                + " (a.compareTo(b.multiply(c)) < 0 rather than a.divide(b) < c)");
            case "doubleValue()D", "floatValue()F":
                throw new Reject(
                        "BigDecimal." + m.name + "() of a row value",
                        "compare the BigDecimal itself (compareTo), or BigDecimal.valueOf(long) of the other side");
            case "scale()I",
                    "precision()I",
                    "unscaledValue()Ljava/math/BigInteger;",
                    "stripTrailingZeros()Ljava/math/BigDecimal;",
                    "toString()Ljava/lang/String;",
                    "toPlainString()Ljava/lang/String;",
                    "hashCode()I":
                throw new Reject(
                        "BigDecimal." + m.name + "() of a row value",
                        "the database keeps the column's scale, not the Java value's: compare values with compareTo");
            default:
                throw new Reject(
                        JvmTypes.describe(m.owner, m.name, m.desc) + " of a row value",
                        "BigDecimal translates add, subtract, multiply, negate, abs, signum, compareTo, intValue,"
                                + " longValue and setScale(n, RoundingMode.DOWN or HALF_UP)");
        }
    }

    /** A static method of BigDecimal with a row argument, or {@code null} when not one. */
    static SymbolicValue statik(DecodeContext ctx, MethodInsnNode m, List<? extends SymbolicValue> v) {
        switch (m.name + m.desc) {
            case "valueOf(J)Ljava/math/BigDecimal;":
                return dec(Function.DEC_OF, Numeric.toLong(ctx.expr(v.get(0))));
            case "valueOf(D)Ljava/math/BigDecimal;":
                throw new Reject(
                        "BigDecimal.valueOf(double) of a row value",
                        "Java formats the double with Double.toString, which no database reproduces; keep the column a"
                                + " BigDecimal, or use BigDecimal.valueOf(long)");
            default:
                return null;
        }
    }

    /** {@code x.setScale(n, DOWN | HALF_UP)} with a constant n (0 to 30) and mode. */
    private static SymbolicValue setScale(DecodeContext ctx, List<? extends SymbolicValue> v) {
        Integer n = DecodeContext.intConstant(v.get(1));
        String mode = v.get(2) instanceof Th t
                        && t.thunk() instanceof Thunk.GetStatic g
                        && g.owner().equals("java/math/RoundingMode")
                ? g.name()
                : null;
        if (n == null || n < 0 || n > MAX_SCALE) {
            throw new Reject(
                    "BigDecimal.setScale with a scale that is not a constant from 0 to " + MAX_SCALE,
                    "write the scale as a number in the lambda, e.g. setScale(2, RoundingMode.HALF_UP)");
        }
        if (!"DOWN".equals(mode) && !"HALF_UP".equals(mode)) {
            throw new Reject(
                    "BigDecimal.setScale with RoundingMode." + (mode == null ? "(not a constant)" : mode),
                    "use RoundingMode.DOWN or RoundingMode.HALF_UP, the roundings every database computes as Java does"
                            + (mode != null && mode.equals("UNNECESSARY") ? " (UNNECESSARY throws in Java)" : ""));
        }
        return dec(
                mode.equals("DOWN") ? Function.DEC_SCALE_DOWN : Function.DEC_SCALE_HALF_UP,
                ctx.expr(v.get(0)),
                new Literal((long) n, ColumnType.INT));
    }

    private static SymbolicValue dec(Function f, Expr... args) {
        return new Ex(new Call(f, List.of(args), ColumnType.DECIMAL), TYPE);
    }
}
