package io.kakaorm.lambda;

import io.kakaorm.expr.Binary;
import io.kakaorm.expr.BinaryOp;
import io.kakaorm.expr.CaseWhen;
import io.kakaorm.expr.ColumnType;
import io.kakaorm.expr.Expr;
import io.kakaorm.expr.Function;
import io.kakaorm.expr.InList;
import io.kakaorm.expr.Literal;
import io.kakaorm.lambda.SymbolicValue.Ex;
import io.kakaorm.lambda.SymbolicValue.Th;
import java.util.List;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.MethodInsnNode;

/**
 * The calendar methods of the coverage issue on {@code LocalDate} (and {@code LocalDateTime}) row values:
 * {@code isLeapYear}, {@code lengthOfMonth}, {@code lengthOfYear}, {@code toEpochDay},
 * {@code withDayOfMonth}/{@code withMonth} with a constant in every month's range (Java clamps
 * {@code withMonth} to the month's end, as {@code plusMonths} does), and
 * {@code ChronoUnit.DAYS/MONTHS/YEARS.between} of two dates with Java's rule for incomplete months.
 */
final class DateMethods {
    private static final String DATE = "java/time/LocalDate";
    private static final String DATE_TIME = "java/time/LocalDateTime";
    private static final String CHRONO_UNIT = "java/time/temporal/ChronoUnit";

    private DateMethods() {}

    /** A method of a date row value, or {@code null}. */
    static SymbolicValue translate(DecodeContext ctx, MethodInsnNode m, List<? extends SymbolicValue> v, Expr x) {
        boolean date = m.owner.equals(DATE);
        switch (m.name + m.desc) {
            case "isLeapYear()Z":
                return date ? new Ex(leap(Numeric.call(Function.YEAR, ColumnType.INT, x)), Type.BOOLEAN_TYPE) : null;
            case "lengthOfMonth()I":
                return date ? new Ex(lengthOfMonth(x), Type.INT_TYPE) : null;
            case "lengthOfYear()I":
                return date
                        ? new Ex(
                                new CaseWhen(
                                        List.of(new CaseWhen.When(
                                                leap(Numeric.call(Function.YEAR, ColumnType.INT, x)), lit(366))),
                                        lit(365)),
                                Type.INT_TYPE)
                        : null;
            case "toEpochDay()J":
                return date ? new Ex(Numeric.call(Function.EPOCH_DAY, ColumnType.LONG, x), Type.LONG_TYPE) : null;
            case "withDayOfMonth(I)Ljava/time/LocalDate;", "withDayOfMonth(I)Ljava/time/LocalDateTime;":
                return with(ctx, m, x, v.get(1), Function.DAY_OF_MONTH, Function.PLUS_DAYS, 28);
            case "withMonth(I)Ljava/time/LocalDate;", "withMonth(I)Ljava/time/LocalDateTime;":
                return with(ctx, m, x, v.get(1), Function.MONTH, Function.PLUS_MONTHS, 12);
            default:
                return null;
        }
    }

    /** {@code ChronoUnit.DAYS/WEEKS/MONTHS/YEARS.between(a, b)} of two dates, or {@code null}. */
    static SymbolicValue between(DecodeContext ctx, MethodInsnNode m, List<? extends SymbolicValue> v) {
        if (!m.owner.equals(CHRONO_UNIT)
                || !m.name.equals("between")
                || v.size() != 3
                || !(v.get(0) instanceof Th t)
                || !(t.thunk() instanceof Thunk.GetStatic unit)) {
            return null;
        }
        if (!isDate(v.get(1)) || !isDate(v.get(2))) {
            throw new Reject(
                    "ChronoUnit." + unit.name() + ".between of values that are not both LocalDate",
                    "compare LocalDate values (toLocalDate()), or the date-times themselves");
        }
        Expr a = ctx.expr(v.get(1));
        Expr b = ctx.expr(v.get(2));
        Expr days = Numeric.integral(
                BinaryOp.SUB,
                Numeric.call(Function.EPOCH_DAY, ColumnType.LONG, b),
                Numeric.call(Function.EPOCH_DAY, ColumnType.LONG, a),
                true);
        return switch (unit.name()) {
            case "DAYS" -> new Ex(days, Type.LONG_TYPE);
            case "WEEKS" ->
                new Ex(Numeric.integral(BinaryOp.DIV, days, new Literal(7L, ColumnType.LONG), true), Type.LONG_TYPE);
            case "MONTHS" -> new Ex(months(a, b), Type.LONG_TYPE);
            case "YEARS" ->
                new Ex(
                        Numeric.integral(BinaryOp.DIV, months(a, b), new Literal(12L, ColumnType.LONG), true),
                        Type.LONG_TYPE);
            default ->
                throw new Reject("ChronoUnit." + unit.name() + ".between of dates", "use DAYS, WEEKS, MONTHS or YEARS");
        };
    }

    private static boolean isDate(SymbolicValue v) {
        return v.type() != null && v.type().equals(Type.getObjectType(DATE));
    }

    /**
     * Java's {@code LocalDate.until(end, MONTHS)}: the difference of proleptic months, one less toward zero
     * when the end's day of month has not reached the start's.
     */
    private static Expr months(Expr a, Expr b) {
        Expr total = new Binary(BinaryOp.SUB, prolepticMonth(b), prolepticMonth(a));
        Expr days = new Binary(
                BinaryOp.SUB,
                Numeric.call(Function.DAY_OF_MONTH, ColumnType.INT, b),
                Numeric.call(Function.DAY_OF_MONTH, ColumnType.INT, a));
        Expr zero = lit(0);
        return new CaseWhen(
                List.of(
                        new CaseWhen.When(
                                new Binary(
                                        BinaryOp.AND,
                                        new Binary(BinaryOp.GT, total, zero),
                                        new Binary(BinaryOp.LT, days, zero)),
                                new Binary(BinaryOp.SUB, total, lit(1))),
                        new CaseWhen.When(
                                new Binary(
                                        BinaryOp.AND,
                                        new Binary(BinaryOp.LT, total, zero),
                                        new Binary(BinaryOp.GT, days, zero)),
                                new Binary(BinaryOp.ADD, total, lit(1)))),
                total);
    }

    private static Expr prolepticMonth(Expr d) {
        return new Binary(
                BinaryOp.ADD,
                new Binary(
                        BinaryOp.MUL,
                        Numeric.toLong(Numeric.call(Function.YEAR, ColumnType.INT, d)),
                        new Literal(12L, ColumnType.LONG)),
                Numeric.call(Function.MONTH, ColumnType.INT, d));
    }

    private static Literal lit(long v) {
        return new Literal(v, ColumnType.INT);
    }

    /** The proleptic Gregorian leap-year rule on a year. */
    private static Expr leap(Expr y) {
        Expr by4 = new Binary(BinaryOp.EQ, new Binary(BinaryOp.MOD, y, lit(4)), lit(0));
        Expr by100 = new Binary(BinaryOp.NE, new Binary(BinaryOp.MOD, y, lit(100)), lit(0));
        Expr by400 = new Binary(BinaryOp.EQ, new Binary(BinaryOp.MOD, y, lit(400)), lit(0));
        return new Binary(BinaryOp.OR, new Binary(BinaryOp.AND, by4, by100), by400);
    }

    private static Expr lengthOfMonth(Expr x) {
        Expr month = Numeric.call(Function.MONTH, ColumnType.INT, x);
        Expr feb = new CaseWhen(
                List.of(new CaseWhen.When(leap(Numeric.call(Function.YEAR, ColumnType.INT, x)), lit(29))), lit(28));
        return new CaseWhen(
                List.of(
                        new CaseWhen.When(new Binary(BinaryOp.EQ, month, lit(2)), feb),
                        new CaseWhen.When(new InList(month, List.of(lit(4), lit(6), lit(9), lit(11)), false), lit(30))),
                lit(31));
    }

    /**
     * {@code withDayOfMonth(n)} / {@code withMonth(n)}: the value shifted by {@code n - field}. Only for a
     * constant {@code n} that every month (year) accepts: Java throws for the 30th of February.
     */
    private static SymbolicValue with(
            DecodeContext ctx, MethodInsnNode m, Expr x, SymbolicValue n, Function field, Function plus, int max) {
        Integer k = DecodeContext.intConstant(n);
        if (k == null || k < 1 || k > max) {
            throw new Reject(
                    m.name + " of a row value with " + (k == null ? "a value that is not a constant" : k),
                    "use a constant from 1 to " + max + " (Java throws when the month has no such day), or plusDays");
        }
        Expr amount = new Binary(
                BinaryOp.SUB,
                new Literal((long) k, ColumnType.LONG),
                Numeric.toLong(Numeric.call(field, ColumnType.INT, x)));
        return new Ex(Numeric.call(plus, x.type(), x, amount), Type.getReturnType(m.desc));
    }
}
