package io.kakaorm.lambda;

import io.kakaorm.expr.Binary;
import io.kakaorm.expr.BinaryOp;
import io.kakaorm.expr.CaseWhen;
import io.kakaorm.expr.ColumnType;
import io.kakaorm.expr.Expr;
import io.kakaorm.expr.InList;
import io.kakaorm.expr.InParam;
import io.kakaorm.expr.Literal;
import io.kakaorm.expr.Unary;
import io.kakaorm.expr.UnaryOp;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts predicates in one canonical form whatever jump shapes the compiler chose: NOT pushed down to the
 * leaves (De Morgan; comparisons inverted, which is exact in Java's two-valued logic that the tree
 * carries), comparisons with TRUE/FALSE removed, and AND/OR chains left-associated like Java's parse.
 */
final class BooleanNormalizer {
    private BooleanNormalizer() {}

    static Expr normalize(Expr e) {
        return norm(e, false);
    }

    private static Expr norm(Expr e, boolean negate) {
        if (e instanceof Unary && ((Unary) e).op() == UnaryOp.NOT) {
            return norm(((Unary) e).operand(), !negate);
        }
        if (e instanceof Unary && (((Unary) e).op() == UnaryOp.IS_NULL || ((Unary) e).op() == UnaryOp.IS_NOT_NULL)) {
            Unary u = (Unary) e;
            boolean isNull = (u.op() == UnaryOp.IS_NULL) != negate;
            return new Unary(isNull ? UnaryOp.IS_NULL : UnaryOp.IS_NOT_NULL, u.operand());
        }
        if (e instanceof Literal && ((Literal) e).value() instanceof Boolean) {
            return ((Boolean) ((Literal) e).value()) != negate ? Literal.TRUE : Literal.FALSE;
        }
        if (e instanceof InParam) {
            InParam in = (InParam) e;
            return new InParam(in.value(), in.slot(), in.negated() != negate);
        }
        if (e instanceof InList) {
            InList in = (InList) e;
            return new InList(in.value(), in.items(), in.negated() != negate);
        }
        if (e instanceof CaseWhen) {
            CaseWhen c = (CaseWhen) e;
            List<CaseWhen.When> whens = new ArrayList<>();
            for (CaseWhen.When w : c.whens()) {
                whens.add(new CaseWhen.When(normalize(w.condition()), result(w.result())));
            }
            Expr out = new CaseWhen(whens, result(c.otherwise()));
            return negate ? new Unary(UnaryOp.NOT, out) : out;
        }
        if (e instanceof Binary) {
            return binary((Binary) e, negate);
        }
        return negate ? new Unary(UnaryOp.NOT, e) : e;
    }

    /** AND/OR/NE with a TRUE or FALSE operand reduced (as from {@code flag & true}). */
    static Expr simplify(Expr e) {
        return normalize(e);
    }

    private static Expr result(Expr e) {
        return e.type() == ColumnType.BOOLEAN ? normalize(e) : e;
    }

    private static Expr binary(Binary b, boolean negate) {
        BinaryOp op = b.op();
        if (op.isLogical()) {
            BinaryOp out = negate ? (op == BinaryOp.AND ? BinaryOp.OR : BinaryOp.AND) : op;
            List<Expr> operands = new ArrayList<>();
            flatten(norm(b.left(), negate), out, operands);
            flatten(norm(b.right(), negate), out, operands);
            Literal absorbing = out == BinaryOp.AND ? Literal.FALSE : Literal.TRUE;
            int at = operands.indexOf(absorbing);
            if (at >= 0) {
                // Java evaluates the operands before it, and throws where one dereferences a null
                List<Expr> before = operands.subList(0, at);
                if (before.stream().noneMatch(NullGuard::marked)) {
                    return absorbing;
                }
                operands = new ArrayList<>(before);
                operands.add(absorbing);
                Expr acc = operands.get(0);
                for (int i = 1; i < operands.size(); i++) {
                    acc = new Binary(out, acc, operands.get(i));
                }
                return acc;
            }
            operands.removeIf(x -> x.equals(out == BinaryOp.AND ? Literal.TRUE : Literal.FALSE));
            if (operands.isEmpty()) {
                return out == BinaryOp.AND ? Literal.TRUE : Literal.FALSE;
            }
            Expr acc = operands.get(0);
            for (int i = 1; i < operands.size(); i++) {
                acc = new Binary(out, acc, operands.get(i));
            }
            return acc;
        }
        if (op == BinaryOp.EQ || op == BinaryOp.NE) {
            Boolean constant = booleanLiteral(b.right());
            Expr other = b.left();
            if (constant == null) {
                constant = booleanLiteral(b.left());
                other = b.right();
            }
            if (constant != null) {
                boolean same = (op == BinaryOp.EQ) == constant;
                return norm(other, same == negate);
            }
        }
        if (op.isComparison()) {
            return negate ? new Binary(invert(op), b.left(), b.right()) : b;
        }
        return negate ? new Unary(UnaryOp.NOT, b) : b;
    }

    private static void flatten(Expr e, BinaryOp op, List<Expr> out) {
        if (e instanceof Binary && ((Binary) e).op() == op) {
            flatten(((Binary) e).left(), op, out);
            flatten(((Binary) e).right(), op, out);
        } else {
            out.add(e);
        }
    }

    private static Boolean booleanLiteral(Expr e) {
        return e instanceof Literal && ((Literal) e).value() instanceof Boolean
                ? (Boolean) ((Literal) e).value()
                : null;
    }

    private static BinaryOp invert(BinaryOp op) {
        switch (op) {
            case EQ:
                return BinaryOp.NE;
            case NE:
                return BinaryOp.EQ;
            case LT:
                return BinaryOp.GE;
            case GE:
                return BinaryOp.LT;
            case GT:
                return BinaryOp.LE;
            default:
                return BinaryOp.GT;
        }
    }
}
