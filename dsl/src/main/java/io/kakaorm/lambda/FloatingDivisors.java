package io.kakaorm.lambda;

import io.kakaorm.expr.Binary;
import io.kakaorm.expr.BinaryOp;
import io.kakaorm.expr.ColumnRef;
import io.kakaorm.expr.ColumnType;
import io.kakaorm.expr.Expr;
import io.kakaorm.expr.Param;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The parameter slots a lambda divides by in floating point ({@code p.d / v}, {@code p.d % v}) with a
 * row-independent divisor. Java gives Infinity or NaN when such a divisor is zero; SQL gives NULL or an
 * error, so a query whose captured divisor is zero, NaN or infinite is refused at bind time instead of
 * selecting other rows than Java would.
 */
final class FloatingDivisors {
    private FloatingDivisors() {}

    /** The slots of {@code e}'s row-independent floating-point divisors (found once per decoded lambda). */
    static int[] slots(Object e) {
        List<Integer> out = new ArrayList<>();
        walk(e, out);
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Whether {@code v}, the value of such a divisor, has no SQL meaning equal to Java's. */
    static boolean unsafe(Object v) {
        if (!(v instanceof Number n)) {
            return false;
        }
        double d = n.doubleValue();
        return d == 0 || Double.isNaN(d) || Double.isInfinite(d);
    }

    private static void walk(Object node, List<Integer> out) {
        if (node instanceof Binary b
                && (b.op() == BinaryOp.DIV || b.op() == BinaryOp.MOD)
                && floating(b)
                && !mentionsRow(b.right())) {
            params(b.right(), out);
        }
        if (node instanceof Collection<?> c) {
            for (Object o : c) {
                walk(o, out);
            }
        } else if (node instanceof Record r) {
            for (RecordComponent rc : r.getClass().getRecordComponents()) {
                Object child = component(r, rc);
                if (child instanceof Expr || child instanceof Collection<?> || child instanceof Record) {
                    walk(child, out);
                }
            }
        }
    }

    private static boolean floating(Binary b) {
        ColumnType t = b.type();
        return t == ColumnType.DOUBLE || t == ColumnType.FLOAT;
    }

    private static boolean mentionsRow(Object node) {
        if (node instanceof ColumnRef) {
            return true;
        }
        if (node instanceof Collection<?> c) {
            return c.stream().anyMatch(FloatingDivisors::mentionsRow);
        }
        if (node instanceof Record r) {
            for (RecordComponent rc : r.getClass().getRecordComponents()) {
                if (mentionsRow(component(r, rc))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void params(Object node, List<Integer> out) {
        if (node instanceof Param p) {
            out.add(p.slot());
        } else if (node instanceof Collection<?> c) {
            c.forEach(o -> params(o, out));
        } else if (node instanceof Record r) {
            for (RecordComponent rc : r.getClass().getRecordComponents()) {
                params(component(r, rc), out);
            }
        }
    }

    private static Object component(Record r, RecordComponent rc) {
        try {
            return rc.getAccessor().invoke(r);
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }
}
