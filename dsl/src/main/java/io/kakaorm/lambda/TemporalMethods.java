package io.kakaorm.lambda;

import static org.objectweb.asm.Opcodes.*;

import io.kakaorm.expr.Binary;
import io.kakaorm.expr.BinaryOp;
import io.kakaorm.expr.ColumnType;
import io.kakaorm.expr.Expr;
import io.kakaorm.expr.Function;
import io.kakaorm.expr.Literal;
import io.kakaorm.expr.Unary;
import io.kakaorm.expr.UnaryOp;
import io.kakaorm.lambda.SymbolicValue.Ex;
import io.kakaorm.lambda.SymbolicValue.Th;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.MethodInsnNode;

/**
 * Getters and arithmetic of {@code LocalDate}, {@code LocalDateTime}, {@code OffsetDateTime} and
 * {@code Instant} row values, with Java's calendar rules: {@code plusMonths} clamps to the month's end,
 * years are twelve months, weeks seven days, hours 3,600 seconds; fields are read in the value's own
 * offset (values are stored and read back at UTC).
 */
final class TemporalMethods {
    static final Type DAY_OF_WEEK = Type.getObjectType("java/time/DayOfWeek");
    private static final String DATE = "java/time/LocalDate";
    private static final String DATE_TIME = "java/time/LocalDateTime";
    private static final String OFFSET = "java/time/OffsetDateTime";
    private static final String INSTANT = "java/time/Instant";
    private static final Set<String> WITH_DATE = Set.of(DATE, DATE_TIME, OFFSET);
    private static final Set<String> WITH_TIME = Set.of(DATE_TIME, OFFSET);
    private static final Map<String, Function> DATE_GETTERS = Map.of(
            "getYear",
            Function.YEAR,
            "getMonthValue",
            Function.MONTH,
            "getDayOfMonth",
            Function.DAY_OF_MONTH,
            "getDayOfYear",
            Function.DAY_OF_YEAR);
    private static final Map<String, Function> TIME_GETTERS =
            Map.of("getHour", Function.HOUR, "getMinute", Function.MINUTE, "getSecond", Function.SECOND);

    private TemporalMethods() {}

    /** The translation of {@code m} on a row value of a date/time class, or {@code null}. */
    static SymbolicValue translate(DecodeContext ctx, MethodInsnNode m, List<? extends SymbolicValue> v) {
        String owner = m.owner;
        Expr x = ctx.expr(v.get(0));
        Function getter = WITH_DATE.contains(owner) ? DATE_GETTERS.get(m.name) : null;
        if (getter == null && WITH_TIME.contains(owner)) {
            getter = TIME_GETTERS.get(m.name);
        }
        if (getter != null && v.size() == 1) {
            return new Ex(Numeric.call(getter, ColumnType.INT, x), Type.INT_TYPE);
        }
        if (m.name.equals("getDayOfWeek") && WITH_DATE.contains(owner) && v.size() == 1) {
            return new Ex(Numeric.call(Function.DAY_OF_WEEK, ColumnType.INT, x), DAY_OF_WEEK);
        }
        if (m.name.equals("getNano")
                && v.size() == 1
                && (WITH_TIME.contains(owner) || owner.equals(INSTANT) || owner.equals("java/time/LocalTime"))) {
            // values are stored (and read back) at microseconds: the nanoseconds are the micros times 1,000
            return new Ex(Numeric.call(Function.NANO, ColumnType.INT, x), Type.INT_TYPE);
        }
        if (m.name.equals("atStartOfDay") && m.desc.equals("()Ljava/time/LocalDateTime;") && owner.equals(DATE)) {
            return new Ex(
                    Numeric.call(Function.START_OF_DAY, ColumnType.LOCAL_DATE_TIME, x), Type.getObjectType(DATE_TIME));
        }
        if (m.name.equals("toLocalDate") && WITH_TIME.contains(owner)) {
            return new Ex(Numeric.call(Function.TO_DATE, ColumnType.LOCAL_DATE, x), Type.getObjectType(DATE));
        }
        if (v.size() == 2 && m.desc.startsWith("(J)") && (m.name.startsWith("plus") || m.name.startsWith("minus"))) {
            return plus(ctx, m, x, v.get(0).type(), v.get(1));
        }
        return DateMethods.translate(ctx, m, v, x);
    }

    private static SymbolicValue plus(DecodeContext ctx, MethodInsnNode m, Expr x, Type type, SymbolicValue n) {
        boolean minus = m.name.startsWith("minus");
        String unit = m.name.substring(minus ? 5 : 4);
        Function f;
        long factor;
        boolean dateUnits = WITH_DATE.contains(m.owner);
        boolean timeUnits = WITH_TIME.contains(m.owner) || m.owner.equals(INSTANT);
        switch (unit) {
            case "Days":
                f = Function.PLUS_DAYS;
                factor = 1;
                break;
            case "Weeks":
                f = Function.PLUS_DAYS;
                factor = 7;
                break;
            case "Months":
                f = Function.PLUS_MONTHS;
                factor = 1;
                break;
            case "Years":
                f = Function.PLUS_MONTHS;
                factor = 12;
                break;
            case "Hours":
                f = Function.PLUS_SECONDS;
                factor = 3600;
                break;
            case "Minutes":
                f = Function.PLUS_SECONDS;
                factor = 60;
                break;
            case "Seconds":
                f = Function.PLUS_SECONDS;
                factor = 1;
                break;
            default:
                return null;
        }
        if (f == Function.PLUS_SECONDS ? !timeUnits : !dateUnits) {
            return null;
        }
        Expr amount;
        if (DecodeContext.dependsOnRow(n)) {
            amount = Numeric.toLong(ctx.expr(n));
            if (factor != 1) {
                amount = new Binary(BinaryOp.MUL, amount, new Literal(factor, ColumnType.LONG));
            }
            if (minus) {
                amount = new Unary(UnaryOp.NEGATE, amount);
            }
        } else {
            Thunk t = ctx.thunk(n);
            if (factor != 1) {
                t = new Thunk.Binary(LMUL, t, new Thunk.Const(factor));
            }
            if (minus) {
                t = new Thunk.Unary(LNEG, t);
            }
            amount = ctx.params.param(t, Type.LONG_TYPE);
        }
        return new Ex(Numeric.call(f, x.type(), x, amount), type);
    }

    /** A {@code DayOfWeek} as its ISO number (Monday 1), from a row getter or a Java value. */
    static Expr dayOfWeekValue(DecodeContext ctx, SymbolicValue v) {
        if (v instanceof Th) {
            return ctx.params.param(
                    new Thunk.Invoke(
                            INVOKEVIRTUAL,
                            DAY_OF_WEEK.getInternalName(),
                            "getValue",
                            "()I",
                            false,
                            List.of(((Th) v).thunk())),
                    Type.INT_TYPE);
        }
        return ctx.expr(v);
    }

    static boolean isDayOfWeek(SymbolicValue v) {
        return DAY_OF_WEEK.equals(v.type());
    }
}
