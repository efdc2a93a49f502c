package io.kakaorm.lambda;

import static org.objectweb.asm.Opcodes.*;

import java.lang.reflect.Array;

/** JVM arithmetic on boxed values, for row-independent parts of a lambda evaluated in Java. */
final class JvmArithmetic {
    private JvmArithmetic() {}

    static Object binary(int op, Object a, Object b) {
        switch (op) {
            case IADD:
                return i(a) + i(b);
            case LADD:
                return l(a) + l(b);
            case FADD:
                return f(a) + f(b);
            case DADD:
                return d(a) + d(b);
            case ISUB:
                return i(a) - i(b);
            case LSUB:
                return l(a) - l(b);
            case FSUB:
                return f(a) - f(b);
            case DSUB:
                return d(a) - d(b);
            case IMUL:
                return i(a) * i(b);
            case LMUL:
                return l(a) * l(b);
            case FMUL:
                return f(a) * f(b);
            case DMUL:
                return d(a) * d(b);
            case IDIV:
                return i(a) / i(b);
            case LDIV:
                return l(a) / l(b);
            case FDIV:
                return f(a) / f(b);
            case DDIV:
                return d(a) / d(b);
            case IREM:
                return i(a) % i(b);
            case LREM:
                return l(a) % l(b);
            case FREM:
                return f(a) % f(b);
            case DREM:
                return d(a) % d(b);
            case ISHL:
                return i(a) << i(b);
            case LSHL:
                return l(a) << i(b);
            case ISHR:
                return i(a) >> i(b);
            case LSHR:
                return l(a) >> i(b);
            case IUSHR:
                return i(a) >>> i(b);
            case LUSHR:
                return l(a) >>> i(b);
            case IAND:
                return i(a) & i(b);
            case LAND:
                return l(a) & l(b);
            case IOR:
                return i(a) | i(b);
            case LOR:
                return l(a) | l(b);
            case IXOR:
                return i(a) ^ i(b);
            case LXOR:
                return l(a) ^ l(b);
            case LCMP:
                return Long.compare(l(a), l(b));
            case FCMPL:
            case FCMPG:
                return fcmp(f(a), f(b), op == FCMPG);
            case DCMPL:
            case DCMPG:
                return dcmp(d(a), d(b), op == DCMPG);
            default:
                throw new IllegalStateException("opcode " + op);
        }
    }

    static Object unary(int op, Object a) {
        switch (op) {
            case INEG:
                return -i(a);
            case LNEG:
                return -l(a);
            case FNEG:
                return -f(a);
            case DNEG:
                return -d(a);
            case I2L:
            case F2L:
            case D2L:
                return ((Number) num(a)).longValue();
            case I2F:
            case L2F:
            case D2F:
                return ((Number) num(a)).floatValue();
            case I2D:
            case L2D:
            case F2D:
                return ((Number) num(a)).doubleValue();
            case L2I:
            case F2I:
            case D2I:
                return ((Number) num(a)).intValue();
            case I2B:
                return (int) (byte) i(a);
            case I2C:
                return (int) (char) i(a);
            case I2S:
                return (int) (short) i(a);
            case ARRAYLENGTH:
                return Array.getLength(a);
            default:
                throw new IllegalStateException("opcode " + op);
        }
    }

    private static int fcmp(float x, float y, boolean g) {
        return Float.isNaN(x) || Float.isNaN(y) ? (g ? 1 : -1) : Float.compare(x, y) < 0 ? -1 : x == y ? 0 : 1;
    }

    private static int dcmp(double x, double y, boolean g) {
        return Double.isNaN(x) || Double.isNaN(y) ? (g ? 1 : -1) : x < y ? -1 : x == y ? 0 : 1;
    }

    private static Object num(Object a) {
        if (a instanceof Boolean) {
            return (Boolean) a ? 1 : 0;
        }
        if (a instanceof Character) {
            return (int) (Character) a;
        }
        return a;
    }

    private static int i(Object a) {
        return ((Number) num(a)).intValue();
    }

    private static long l(Object a) {
        return ((Number) num(a)).longValue();
    }

    private static float f(Object a) {
        return ((Number) num(a)).floatValue();
    }

    private static double d(Object a) {
        return ((Number) num(a)).doubleValue();
    }
}
