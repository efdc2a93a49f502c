package io.kakaorm.vertx.query;

import io.kakaorm.expr.Between;
import io.kakaorm.expr.Binary;
import io.kakaorm.expr.BinaryOp;
import io.kakaorm.expr.Call;
import io.kakaorm.expr.CaseWhen;
import io.kakaorm.expr.ColumnRef;
import io.kakaorm.expr.ColumnType;
import io.kakaorm.expr.Expr;
import io.kakaorm.expr.ExprVisitor;
import io.kakaorm.expr.InList;
import io.kakaorm.expr.InParam;
import io.kakaorm.expr.InSubquery;
import io.kakaorm.expr.Like;
import io.kakaorm.expr.Literal;
import io.kakaorm.expr.Param;
import io.kakaorm.expr.ScalarSubquery;
import io.kakaorm.expr.StringMatch;
import io.kakaorm.expr.Unary;
import io.kakaorm.expr.Window;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The JAVA meaning of an expression tree, evaluated over one object: what the lambda the tree was
 * decoded from would compute. Predicates are two-valued (a comparison that meets a null is false, its
 * NOT true; {@code ==}/{@code !=} are {@code Objects.equals}); integer arithmetic truncates like Java.
 */
final class JavaEvaluator implements ExprVisitor<Object> {
    private final Object row;
    private final Object[] params;

    JavaEvaluator(Object row, Object[] params) {
        this.row = row;
        this.params = params;
    }

    static boolean test(Expr predicate, Object row, Object[] params) {
        Object v = predicate.accept(new JavaEvaluator(row, params));
        return Boolean.TRUE.equals(v);
    }

    private Object eval(Expr e) {
        return e.accept(this);
    }

    private boolean truth(Expr e) {
        return Boolean.TRUE.equals(eval(e));
    }

    @Override
    public Object column(ColumnRef e) {
        return e.column().get(row);
    }

    @Override
    public Object param(Param e) {
        return params[e.slot()];
    }

    @Override
    public Object literal(Literal e) {
        return e.value();
    }

    @Override
    public Object unary(Unary e) {
        return switch (e.op()) {
            case NOT -> !truth(e.operand());
            case IS_NULL -> eval(e.operand()) == null;
            case IS_NOT_NULL -> eval(e.operand()) != null;
            case NEGATE -> {
                Object v = eval(e.operand());
                yield v == null ? null : arith(BinaryOp.SUB, 0L, v, e.type());
            }
        };
    }

    @Override
    public Object binary(Binary e) {
        BinaryOp op = e.op();
        if (op == BinaryOp.AND) {
            return truth(e.left()) && truth(e.right());
        }
        if (op == BinaryOp.OR) {
            return truth(e.left()) || truth(e.right());
        }
        Object a = eval(e.left());
        Object b = eval(e.right());
        if (op.isComparison()) {
            return compare(op, a, b);
        }
        if (op == BinaryOp.CONCAT) {
            return a == null || b == null ? null : String.valueOf(a) + b;
        }
        if (a == null || b == null) {
            return null;
        }
        return arith(op, a, b, e.type());
    }

    static boolean compare(BinaryOp op, Object a, Object b) {
        if (op == BinaryOp.EQ) {
            return equal(a, b);
        }
        if (op == BinaryOp.NE) {
            return !equal(a, b);
        }
        if (a == null || b == null) {
            return false;
        }
        int c = order(a, b);
        return switch (op) {
            case LT -> c < 0;
            case LE -> c <= 0;
            case GT -> c > 0;
            case GE -> c >= 0;
            default -> throw new IllegalStateException(op.toString());
        };
    }

    static boolean equal(Object a, Object b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a instanceof Number && b instanceof Number) {
            return order(a, b) == 0;
        }
        return a.equals(b);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static int order(Object a, Object b) {
        if (a instanceof BigDecimal || b instanceof BigDecimal) {
            return big(a).compareTo(big(b)); // BigDecimal.compareTo: the value, whatever the scale
        }
        if (a instanceof Number x && b instanceof Number y) {
            if (isFloating(x) || isFloating(y)) {
                double p = x.doubleValue();
                double q = y.doubleValue();
                return p < q ? -1 : p > q ? 1 : 0; // Java's ==/< on doubles: -0.0 == 0.0 (Double.compare differs)
            }
            return Long.compare(x.longValue(), y.longValue());
        }
        return ((Comparable) a).compareTo(b);
    }

    private static BigDecimal big(Object n) {
        return n instanceof BigDecimal d ? d : BigDecimal.valueOf(((Number) n).longValue());
    }

    /** Java's BigDecimal methods that the DEC_* functions mean; NULL in, NULL out. */
    private Object decimal(Call e, Object a) {
        if (a == null) {
            return null;
        }
        BigDecimal x = big(a);
        Object b = e.args().size() > 1 ? eval(e.args().get(1)) : null;
        return switch (e.function()) {
            case DEC_ADD -> b == null ? null : x.add(big(b));
            case DEC_SUB -> b == null ? null : x.subtract(big(b));
            case DEC_MUL -> b == null ? null : x.multiply(big(b));
            case DEC_NEGATE -> x.negate();
            case DEC_ABS -> x.abs();
            case DEC_SIGNUM -> x.signum();
            case DEC_SCALE_DOWN -> x.setScale(((Number) b).intValue(), RoundingMode.DOWN);
            case DEC_SCALE_HALF_UP -> x.setScale(((Number) b).intValue(), RoundingMode.HALF_UP);
            case DEC_INT_VALUE -> x.intValue();
            case DEC_LONG_VALUE -> x.longValue();
            default -> x; // DEC_OF
        };
    }

    private static boolean isFloating(Number n) {
        return n instanceof Double || n instanceof Float;
    }

    static Object arith(BinaryOp op, Object a, Object b, ColumnType type) {
        Number x = (Number) a;
        Number y = (Number) b;
        if (type == ColumnType.DOUBLE || type == ColumnType.FLOAT || isFloating(x) || isFloating(y)) {
            double p = x.doubleValue();
            double q = y.doubleValue();
            return switch (op) {
                case ADD -> p + q;
                case SUB -> p - q;
                case MUL -> p * q;
                case DIV -> p / q;
                case MOD -> p % q;
                default -> throw new IllegalStateException(op.toString());
            };
        }
        long p = x.longValue();
        long q = y.longValue();
        long r = switch (op) {
            case ADD -> p + q;
            case SUB -> p - q;
            case MUL -> p * q;
            case DIV -> p / q;
            case MOD -> p % q;
            default -> throw new IllegalStateException(op.toString());
        };
        return type == ColumnType.LONG ? (Object) r : (Object) (int) r;
    }

    @Override
    public Object like(Like e) {
        Object v = eval(e.value());
        Object p = eval(e.pattern());
        if (v == null || p == null) {
            return false;
        }
        return likeRegex((String) p, e.ignoreCase()).matcher((String) v).matches();
    }

    static Pattern likeRegex(String pattern, boolean ignoreCase) {
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length()) {
                re.append(Pattern.quote(String.valueOf(pattern.charAt(++i))));
            } else if (c == '%') {
                re.append(".*");
            } else if (c == '_') {
                re.append('.');
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(re.toString(), Pattern.DOTALL | (ignoreCase ? Pattern.CASE_INSENSITIVE : 0));
    }

    @Override
    public Object stringMatch(StringMatch e) {
        Object v = eval(e.value());
        Object n = eval(e.needle());
        if (v == null || n == null) {
            return false;
        }
        String s = (String) v;
        String t = (String) n;
        if (e.ignoreCase()) {
            s = s.toLowerCase(Locale.ROOT);
            t = t.toLowerCase(Locale.ROOT);
        }
        return switch (e.kind()) {
            case PREFIX -> s.startsWith(t);
            case SUFFIX -> s.endsWith(t);
            case CONTAINS -> s.contains(t);
            case EQUALS -> s.equals(t);
        };
    }

    @Override
    public Object call(Call e) {
        Object a = e.args().isEmpty() ? null : eval(e.args().get(0));
        return switch (e.function()) {
            case LOWER -> a == null ? null : ((String) a).toLowerCase(Locale.ROOT);
            case UPPER -> a == null ? null : ((String) a).toUpperCase(Locale.ROOT);
            case LENGTH -> a == null ? null : ((String) a).length();
            case TRIM -> a == null ? null : ((String) a).trim();
            case ABS -> a == null ? null : abs((Number) a);
            case COALESCE -> {
                for (Expr x : e.args()) {
                    Object v = eval(x);
                    if (v != null) {
                        yield v;
                    }
                }
                yield null;
            }
            case DEC_ADD,
                    DEC_SUB,
                    DEC_MUL,
                    DEC_NEGATE,
                    DEC_ABS,
                    DEC_SIGNUM,
                    DEC_SCALE_DOWN,
                    DEC_SCALE_HALF_UP,
                    DEC_INT_VALUE,
                    DEC_LONG_VALUE,
                    DEC_OF -> decimal(e, a);
            default -> throw new IllegalArgumentException("aggregate in a row predicate: " + e);
        };
    }

    private static Number abs(Number n) {
        if (n instanceof Double x) {
            return Math.abs(x);
        }
        if (n instanceof Long x) {
            return Math.abs(x);
        }
        return Math.abs(n.intValue());
    }

    @Override
    public Object caseWhen(CaseWhen e) {
        for (CaseWhen.When w : e.whens()) {
            if (truth(w.condition())) {
                return eval(w.result());
            }
        }
        return eval(e.otherwise());
    }

    @Override
    public Object inList(InList e) {
        // InList comes from Sql.in(value, a, b, …): a null value matches nothing (Sql's Java meaning)
        Object v = eval(e.value());
        if (v == null) {
            return e.negated();
        }
        boolean found = false;
        for (Expr item : e.items()) {
            if (equal(v, eval(item))) {
                found = true;
                break;
            }
        }
        return found != e.negated();
    }

    @Override
    public Object inParam(InParam e) {
        Object v = eval(e.value());
        Collection<?> items = (Collection<?>) params[e.slot()];
        boolean found = false;
        for (Object item : items) {
            if (equal(v, item)) {
                found = true;
                break;
            }
        }
        return found != e.negated();
    }

    @Override
    public Object inSubquery(InSubquery e) {
        throw new UnsupportedOperationException("subqueries are compared on the database only");
    }

    @Override
    public Object between(Between e) {
        Object v = eval(e.value());
        Object lo = eval(e.low());
        Object hi = eval(e.high());
        if (v == null || lo == null || hi == null) {
            return false;
        }
        return order(v, lo) >= 0 && order(v, hi) <= 0;
    }

    @Override
    public Object window(Window e) {
        throw new UnsupportedOperationException("a window function has no value for one row");
    }

    @Override
    public Object scalarSubquery(ScalarSubquery e) {
        throw new UnsupportedOperationException("subqueries are compared on the database only");
    }
}
