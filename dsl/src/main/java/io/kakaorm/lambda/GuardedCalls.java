package io.kakaorm.lambda;

import io.kakaorm.expr.Binary;
import io.kakaorm.expr.BinaryOp;
import io.kakaorm.expr.CaseWhen;
import io.kakaorm.expr.Expr;
import io.kakaorm.expr.Literal;
import io.kakaorm.expr.Unary;
import java.util.ArrayList;
import java.util.List;

/**
 * Java evaluates {@code a && b} and {@code a || b} left to right and skips {@code b} when {@code a} decides;
 * SQL promises no order. Where {@code b} holds a call that fails the query where Java throws (substring,
 * charAt, repeat, replace out of range; a whole-number division by a row or captured value, which PostgreSQL fails
 * on zero), {@code a && b} becomes {@code CASE WHEN a THEN b ELSE FALSE END}
 * and {@code a || b} becomes {@code CASE WHEN a THEN TRUE ELSE b END}, which every database evaluates
 * lazily: a guard such as {@code s.length() > 3 && s.substring(0, 3).equals("abc")} keeps the database from
 * evaluating the substring on the rows the guard excludes. Where {@code a} holds such a call, the CASE keeps
 * it evaluated first, as Java does: in {@code s.charAt(2) == 'b' || c > 1} with a capture making the right
 * side true, a plain OR lets the database skip the charAt and select rows on which Java throws.
 */
final class GuardedCalls {
    private static final String[] THROWING = {
        "function=SUBSTRING16", "function=CHAR_AT", "function=REPEAT", "function=REPLACE"
    };

    private GuardedCalls() {}

    /** The predicate with every guarded throwing call behind a CASE. */
    static Expr apply(Expr e) {
        return throwing(e) ? guard(e) : e;
    }

    private static Expr guard(Expr e) {
        if (e instanceof Binary b && (b.op() == BinaryOp.AND || b.op() == BinaryOp.OR)) {
            Expr l = guard(b.left());
            Expr r = guard(b.right());
            if (!throwing(r) && !throwing(l)) {
                return new Binary(b.op(), l, r);
            }
            return b.op() == BinaryOp.AND
                    ? new CaseWhen(List.of(new CaseWhen.When(l, r)), Literal.FALSE)
                    : new CaseWhen(List.of(new CaseWhen.When(l, Literal.TRUE)), r);
        }
        if (e instanceof Unary u) {
            return new Unary(u.op(), guard(u.operand()));
        }
        if (e instanceof CaseWhen c) {
            List<CaseWhen.When> whens = new ArrayList<>();
            for (CaseWhen.When w : c.whens()) {
                whens.add(new CaseWhen.When(guard(w.condition()), guard(w.result())));
            }
            return new CaseWhen(whens, guard(c.otherwise()));
        }
        return e;
    }

    static boolean throwing(Expr e) {
        String text = e.toString();
        for (String t : THROWING) {
            if (text.contains(t)) {
                return true;
            }
        }
        return dividesByVariable(e);
    }

    /**
     * Whether {@code e} divides whole numbers ({@code /}, {@code %}, {@code floorMod}) by anything but a non-zero
     * literal: Java throws ArithmeticException for a zero divisor, PostgreSQL fails the query, so such a
     * division must not be evaluated on a row where Java's {@code && ||} skip it.
     */
    private static boolean dividesByVariable(Expr e) {
        if (e instanceof Binary b
                && (b.op() == BinaryOp.DIV || b.op() == BinaryOp.MOD)
                && b.type() != null
                && b.type().isInteger()
                && !(b.right() instanceof Literal l && l.value() instanceof Number n && n.longValue() != 0)) {
            return true;
        }
        for (Expr c : Children.of(e)) {
            if (dividesByVariable(c)) {
                return true;
            }
        }
        return false;
    }
}
