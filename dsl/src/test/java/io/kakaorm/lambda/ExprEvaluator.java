package io.kakaorm.lambda;

import io.kakaorm.Sql;
import io.kakaorm.expr.Between;
import io.kakaorm.expr.Binary;
import io.kakaorm.expr.BinaryOp;
import io.kakaorm.expr.Call;
import io.kakaorm.expr.CaseWhen;
import io.kakaorm.expr.ColumnRef;
import io.kakaorm.expr.ColumnType;
import io.kakaorm.expr.Expr;
import io.kakaorm.expr.ExprVisitor;
import io.kakaorm.expr.Function;
import io.kakaorm.expr.InList;
import io.kakaorm.expr.InParam;
import io.kakaorm.expr.InSubquery;
import io.kakaorm.expr.Like;
import io.kakaorm.expr.Literal;
import io.kakaorm.expr.MatchKind;
import io.kakaorm.expr.Param;
import io.kakaorm.expr.ScalarSubquery;
import io.kakaorm.expr.StringMatch;
import io.kakaorm.expr.Unary;
import io.kakaorm.expr.Window;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;

/**
 * Evaluates a tree in Java with the meaning the tree carries (Java's: two-valued comparisons, a NULL
 * comparison is false, {@code NE} is {@code !Objects.equals}, integer division truncates). Tests use it
 * to check that a decoded tree selects the same rows as running the lambda.
 */
final class ExprEvaluator implements ExprVisitor<Object> {
    private final Object[] rows;
    private final Object[] params;

    ExprEvaluator(Object[] params, Object... rows) {
        this.rows = rows;
        this.params = params;
    }

    Object eval(Expr e) {
        return e.accept(this);
    }

    boolean test(Expr e) {
        return Boolean.TRUE.equals(eval(e));
    }

    @Override
    public Object column(ColumnRef e) {
        return e.column().get(rows[e.source()]);
    }

    @Override
    public Object param(Param e) {
        return params[e.slot()];
    }

    @Override
    public Object literal(Literal e) {
        return e.value() instanceof Long && e.type() == ColumnType.INT
                ? (Object) ((Long) e.value()).intValue()
                : e.value();
    }

    @Override
    public Object unary(Unary e) {
        Object v = eval(e.operand());
        switch (e.op()) {
            case NOT:
                return !Boolean.TRUE.equals(v);
            case IS_NULL:
                return v == null;
            case IS_NOT_NULL:
                return v != null;
            default:
                return negate(v);
        }
    }

    private static Object negate(Object v) {
        if (v instanceof Integer) {
            return -(Integer) v;
        }
        if (v instanceof Long) {
            return -(Long) v;
        }
        if (v instanceof BigDecimal) {
            return ((BigDecimal) v).negate();
        }
        return -((Number) v).doubleValue();
    }

    @Override
    public Object binary(Binary e) {
        if (e.op() == BinaryOp.AND) {
            return test(e.left()) && test(e.right());
        }
        if (e.op() == BinaryOp.OR) {
            return test(e.left()) || test(e.right());
        }
        Object l = eval(e.left());
        Object r = eval(e.right());
        switch (e.op()) {
            case EQ:
                return equal(l, r);
            case NE:
                return !equal(l, r);
            case LT:
                return l != null && r != null && compare(l, r) < 0;
            case LE:
                return l != null && r != null && compare(l, r) <= 0;
            case GT:
                return l != null && r != null && compare(l, r) > 0;
            case GE:
                return l != null && r != null && compare(l, r) >= 0;
            case CONCAT:
                return String.valueOf(l) + r;
            default:
                return l == null || r == null ? null : arithmetic(e.op(), e.type(), (Number) l, (Number) r);
        }
    }

    private static boolean equal(Object l, Object r) {
        if (l instanceof Number && r instanceof Number) {
            return compare(l, r) == 0;
        }
        return Objects.equals(l, r);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(Object l, Object r) {
        if (l instanceof Number && r instanceof Number) {
            return decimal((Number) l).compareTo(decimal((Number) r));
        }
        return ((Comparable) l).compareTo(r);
    }

    private static BigDecimal decimal(Number n) {
        return n instanceof BigDecimal
                ? (BigDecimal) n
                : n instanceof Double || n instanceof Float
                        ? BigDecimal.valueOf(n.doubleValue())
                        : BigDecimal.valueOf(n.longValue());
    }

    private static Object arithmetic(BinaryOp op, ColumnType type, Number l, Number r) {
        if (type == ColumnType.INT || type == ColumnType.SHORT) {
            int a = l.intValue();
            int b = r.intValue();
            switch (op) {
                case ADD:
                    return a + b;
                case SUB:
                    return a - b;
                case MUL:
                    return a * b;
                case DIV:
                    return a / b;
                default:
                    return a % b;
            }
        }
        if (type == ColumnType.LONG) {
            long a = l.longValue();
            long b = r.longValue();
            switch (op) {
                case ADD:
                    return a + b;
                case SUB:
                    return a - b;
                case MUL:
                    return a * b;
                case DIV:
                    return a / b;
                default:
                    return a % b;
            }
        }
        double a = l.doubleValue();
        double b = r.doubleValue();
        switch (op) {
            case ADD:
                return a + b;
            case SUB:
                return a - b;
            case MUL:
                return a * b;
            case DIV:
                return a / b;
            default:
                return a % b;
        }
    }

    @Override
    public Object like(Like e) {
        String v = (String) eval(e.value());
        String p = (String) eval(e.pattern());
        return e.ignoreCase() ? Sql.ilike(v, p) : Sql.like(v, p);
    }

    @Override
    public Object stringMatch(StringMatch e) {
        String v = (String) eval(e.value());
        String n = (String) eval(e.needle());
        if (v == null || n == null) {
            return false;
        }
        if (e.ignoreCase() && e.kind() == MatchKind.EQUALS) {
            return v.equalsIgnoreCase(n);
        }
        if (e.ignoreCase()) {
            v = v.toLowerCase(Locale.ROOT);
            n = n.toLowerCase(Locale.ROOT);
        }
        switch (e.kind()) {
            case PREFIX:
                return v.startsWith(n);
            case SUFFIX:
                return v.endsWith(n);
            case CONTAINS:
                return v.contains(n);
            default:
                return v.equals(n);
        }
    }

    @Override
    public Object call(Call e) {
        if (e.function() == Function.PRESENT) {
            return eval(e.args().get(0)) != null;
        }
        if (e.function() == Function.COALESCE) {
            for (Expr a : e.args()) {
                Object v = eval(a);
                if (v != null) {
                    return v;
                }
            }
            return null;
        }
        Object v = eval(e.args().get(0));
        if (v == null) {
            return null;
        }
        Object w = e.args().size() > 1 ? eval(e.args().get(1)) : null;
        switch (e.function()) {
            case STRIP:
                return ((String) v).strip();
            case STRIP_LEADING:
                return ((String) v).stripLeading();
            case STRIP_TRAILING:
                return ((String) v).stripTrailing();
            case TO_LONG:
                return ((Number) v).longValue();
            case TO_DOUBLE:
                return ((Number) v).doubleValue();
            case WRAP_INT:
                return (int) ((Number) v).longValue();
            case WRAP_SHORT:
                return (int) (short) ((Number) v).longValue();
            case TRUNC_INT:
                return (int) ((Number) v).doubleValue();
            case TRUNC_LONG:
                return (long) ((Number) v).doubleValue();
            case LONG_ADD:
                return w == null ? null : ((Number) v).longValue() + ((Number) w).longValue();
            case LONG_SUB:
                return w == null ? null : ((Number) v).longValue() - ((Number) w).longValue();
            case LONG_MUL:
                return w == null ? null : ((Number) v).longValue() * ((Number) w).longValue();
            case LONG_DIV:
                return w == null ? null : ((Number) v).longValue() / ((Number) w).longValue();
            case YEAR:
                return ((TemporalAccessor) v).get(ChronoField.YEAR);
            case MONTH:
                return ((TemporalAccessor) v).get(ChronoField.MONTH_OF_YEAR);
            case DAY_OF_MONTH:
                return ((TemporalAccessor) v).get(ChronoField.DAY_OF_MONTH);
            case DAY_OF_YEAR:
                return ((TemporalAccessor) v).get(ChronoField.DAY_OF_YEAR);
            case DAY_OF_WEEK:
                return ((TemporalAccessor) v).get(ChronoField.DAY_OF_WEEK);
            case HOUR:
                return ((TemporalAccessor) v).get(ChronoField.HOUR_OF_DAY);
            case MINUTE:
                return ((TemporalAccessor) v).get(ChronoField.MINUTE_OF_HOUR);
            case SECOND:
                return ((TemporalAccessor) v).get(ChronoField.SECOND_OF_MINUTE);
            case TO_DATE:
                return LocalDate.from((TemporalAccessor) v);
            case PLUS_DAYS:
                return ((Temporal) v).plus(((Number) w).longValue(), ChronoUnit.DAYS);
            case PLUS_MONTHS:
                return ((Temporal) v).plus(((Number) w).longValue(), ChronoUnit.MONTHS);
            case PLUS_SECONDS:
                return ((Temporal) v).plus(((Number) w).longValue(), ChronoUnit.SECONDS);
            case LOWER:
                return ((String) v).toLowerCase(Locale.ROOT);
            case UPPER:
                return ((String) v).toUpperCase(Locale.ROOT);
            case LENGTH:
                return ((String) v).length();
            case TRIM:
                return ((String) v).trim();
            case ABS:
                return compare(v, 0) < 0 ? negate(v) : v;
            default:
                throw new UnsupportedOperationException("aggregate " + e.function());
        }
    }

    @Override
    public Object caseWhen(CaseWhen e) {
        for (CaseWhen.When w : e.whens()) {
            if (test(w.condition())) {
                return eval(w.result());
            }
        }
        return eval(e.otherwise());
    }

    @Override
    public Object inList(InList e) {
        Object v = eval(e.value());
        boolean found = false;
        for (Expr item : e.items()) {
            found |= v != null && equal(v, eval(item));
        }
        return found != e.negated();
    }

    @Override
    public Object inParam(InParam e) {
        Object v = eval(e.value());
        boolean found = false;
        for (Object item : (Collection<?>) params[e.slot()]) {
            found |= v != null && equal(v, item);
        }
        return found != e.negated();
    }

    @Override
    public Object inSubquery(InSubquery e) {
        throw new UnsupportedOperationException("subquery");
    }

    @Override
    public Object between(Between e) {
        Object v = eval(e.value());
        Object lo = eval(e.low());
        Object hi = eval(e.high());
        return v != null && lo != null && hi != null && compare(v, lo) >= 0 && compare(v, hi) <= 0;
    }

    @Override
    public Object window(Window e) {
        throw new UnsupportedOperationException("a window function has no value for one row");
    }

    @Override
    public Object scalarSubquery(ScalarSubquery e) {
        throw new UnsupportedOperationException("subquery");
    }
}
