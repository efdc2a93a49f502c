package io.kakaorm.lambda;

import static org.objectweb.asm.Opcodes.*;

import io.kakaorm.expr.Binary;
import io.kakaorm.expr.BinaryOp;
import io.kakaorm.expr.Call;
import io.kakaorm.expr.CaseWhen;
import io.kakaorm.expr.ColumnType;
import io.kakaorm.expr.Expr;
import io.kakaorm.expr.Function;
import io.kakaorm.expr.Literal;
import io.kakaorm.expr.Unary;
import io.kakaorm.expr.UnaryOp;
import java.util.List;

/**
 * Java's integer and conversion rules on row values: {@code int} arithmetic wraps around at 32 bits and
 * {@code long} at 64 (SQL raises an error or turns to floating point instead), a cast to {@code long}
 * widens before the operation, {@code (double)} of a long rounds, {@code (int)} of a double truncates
 * toward zero and saturates. Each becomes a {@link Call} whose Java meaning every dialect renders.
 */
final class Numeric {
    private Numeric() {}

    static Call call(Function f, ColumnType type, Expr... args) {
        return new Call(f, List.of(args), type);
    }

    /** {@code left op right} with Java's wrap-around, for int or long arithmetic (not floating point). */
    static Expr integral(BinaryOp op, Expr left, Expr right, boolean isLong) {
        if (op == BinaryOp.MOD) {
            return new Binary(op, left, right); // a remainder never overflows
        }
        if (isLong) {
            Function f = op == BinaryOp.ADD
                    ? Function.LONG_ADD
                    : op == BinaryOp.SUB
                            ? Function.LONG_SUB
                            : op == BinaryOp.MUL ? Function.LONG_MUL : Function.LONG_DIV;
            return call(f, ColumnType.LONG, toLong(left), toLong(right));
        }
        // 32-bit operands cannot overflow 64 bits: compute there, then wrap as Java does
        return call(Function.WRAP_INT, ColumnType.INT, new Binary(op, toLong(left), toLong(right)));
    }

    /** Java's {@code a & b}, {@code a | b}, {@code a ^ b} on int or long values (ints are sign-extended). */
    static Expr bitwise(Function f, Expr a, Expr b, boolean isLong) {
        return call(f, isLong ? ColumnType.LONG : ColumnType.INT, toLong(a), toLong(b));
    }

    /** Java's {@code -x}. */
    static Expr negate(Expr x, boolean isLong, boolean floating) {
        if (floating) {
            return new Unary(UnaryOp.NEGATE, x);
        }
        if (isLong) {
            return call(Function.LONG_SUB, ColumnType.LONG, new Literal(0L, ColumnType.LONG), x);
        }
        return call(Function.WRAP_INT, ColumnType.INT, new Unary(UnaryOp.NEGATE, toLong(x)));
    }

    /** Java's {@code Math.abs(x)}: {@code Math.abs(Integer.MIN_VALUE)} is negative. */
    static Expr abs(Expr x, String desc) {
        ColumnType t = x.type();
        if (desc.equals("(J)J")) {
            x = toLong(x); // Math.abs(long) of an int value: widened first, as javac did
            t = ColumnType.LONG;
        } else if (desc.equals("(D)D") || desc.equals("(F)F")) {
            return call(Function.ABS, t, x);
        }
        if (t == ColumnType.LONG) {
            return new CaseWhen(
                    List.of(new CaseWhen.When(
                            new Binary(BinaryOp.LT, x, new Literal(0L, ColumnType.LONG)), negate(x, true, false))),
                    x);
        }
        if (t != null && t.isInteger()) {
            return call(Function.WRAP_INT, ColumnType.INT, call(Function.ABS, ColumnType.LONG, toLong(x)));
        }
        return call(Function.ABS, t, x);
    }

    /** The value computed in 64 bits from here on. */
    static Expr toLong(Expr x) {
        ColumnType t = x.type();
        if (t == ColumnType.INT || t == ColumnType.SHORT) {
            return call(Function.TO_LONG, ColumnType.LONG, x);
        }
        return x;
    }

    /**
     * A JVM conversion of a row value ({@code I2L}, {@code D2I}, …), or {@code null} when it keeps the
     * value (int to double, float to double).
     */
    static Expr convert(int op, Expr x) {
        switch (op) {
            case I2L:
                return x; // widened where arithmetic needs it (see toLong)
            case I2D:
            case F2D:
                return x; // exact
            case L2D:
                return call(Function.TO_DOUBLE, ColumnType.DOUBLE, x);
            case L2I:
                return call(Function.WRAP_INT, ColumnType.INT, x);
            case I2S:
                return call(Function.WRAP_SHORT, ColumnType.SHORT, x);
            case D2I:
            case F2I:
                return call(Function.TRUNC_INT, ColumnType.INT, x);
            case D2L:
            case F2L:
                return call(Function.TRUNC_LONG, ColumnType.LONG, x);
            case I2F:
            case L2F:
            case D2F:
                throw new Reject(
                        "a conversion to float of a row value",
                        "compute in double: SQL has no exact single-precision arithmetic on every database");
            case I2B:
                throw new Reject("a cast to byte of a row value", "compare or compute in int instead");
            case I2C:
                throw new Reject("a cast to char of a row value", "compare or compute in int instead");
            default:
                throw new Reject("the conversion " + op);
        }
    }

    /** The JVM conversion opcode that {@code Integer/Long/Double.xxxValue()} performs, or -1 for none. */
    static int valueConversion(String fromDesc, String method) {
        char to = method.equals("intValue")
                ? 'I'
                : method.equals("longValue")
                        ? 'J'
                        : method.equals("doubleValue")
                                ? 'D'
                                : method.equals("floatValue")
                                        ? 'F'
                                        : method.equals("shortValue") ? 'S' : method.equals("byteValue") ? 'B' : '?';
        char from = fromDesc.charAt(0);
        if (from == 'S' || from == 'B') {
            from = 'I';
        }
        String key = "" + from + to;
        switch (key) {
            case "IJ":
                return I2L;
            case "ID":
                return I2D;
            case "IF":
                return I2F;
            case "IS":
                return I2S;
            case "IB":
                return I2B;
            case "JI":
                return L2I;
            case "JD":
                return L2D;
            case "JF":
                return L2F;
            case "DI":
                return D2I;
            case "DJ":
                return D2L;
            case "DF":
                return D2F;
            case "FI":
                return F2I;
            case "FJ":
                return F2L;
            case "FD":
                return F2D;
            case "II":
            case "JJ":
            case "DD":
            case "FF":
            case "SS":
                return -1;
            case "JS":
            case "DS":
            case "FS":
                throw new Reject("a narrowing " + method + "() of a row value", "compare or compute in int or long");
            default:
                throw new Reject("a narrowing " + method + "() of a row value");
        }
    }
}
