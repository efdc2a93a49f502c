package io.kakaorm.lambda;

import io.kakaorm.expr.Binary;
import io.kakaorm.expr.BinaryOp;
import io.kakaorm.expr.CaseWhen;
import io.kakaorm.expr.ColumnType;
import io.kakaorm.expr.Expr;
import io.kakaorm.expr.Literal;
import io.kakaorm.expr.Unary;
import io.kakaorm.expr.UnaryOp;
import io.kakaorm.lambda.Outcome.Branch;
import io.kakaorm.lambda.Outcome.Leaf;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Folds a decision tree back into the expression the programmer wrote. Compilers turn {@code a && b},
 * {@code a || b} and {@code !a} into jumps whose targets are shared; in the tree, shared targets are
 * equal subtrees, and four rules collapse them (the short-circuit reduction of structured decompilers):
 * <pre>
 *   a ? (b ? X : Y) : Y  →  (a &amp;&amp; b) ? X : Y        a ? X : (b ? X : Y)  →  (a || b) ? X : Y
 *   a ? (b ? Y : X) : Y  →  (a &amp;&amp; !b) ? X : Y       a ? X : (b ? Y : X)  →  (a || !b) ? X : Y
 * </pre>
 * Rules are tried at a node before its children, so sharing is seen before it is rewritten away. What is
 * left becomes boolean algebra over the constant leaves, or {@link CaseWhen} for real ternaries.
 */
final class OutcomeSimplifier {
    private OutcomeSimplifier() {}

    static Outcome simplify(Outcome o) {
        if (!(o instanceof Branch)) {
            return o;
        }
        Branch b = (Branch) o;
        while (true) {
            if (b.whenTrue().equals(b.whenFalse())
                    && !NullGuard.marked(b.condition())
                    && !GuardedCalls.throwing(b.condition())) {
                return simplify(b.whenTrue()); // (a Java condition that may throw is still evaluated)
            }
            Branch folded = fold(b);
            if (folded != null) {
                b = folded;
                continue;
            }
            Outcome t = simplify(b.whenTrue());
            Outcome f = simplify(b.whenFalse());
            if (t.equals(b.whenTrue()) && f.equals(b.whenFalse())) {
                return b;
            }
            b = new Branch(b.condition(), t, f);
        }
    }

    private static Branch fold(Branch b) {
        Expr a = b.condition();
        if (b.whenTrue() instanceof Branch) {
            Branch t = (Branch) b.whenTrue();
            if (t.whenFalse().equals(b.whenFalse())) {
                return new Branch(and(a, t.condition()), t.whenTrue(), b.whenFalse());
            }
            if (t.whenTrue().equals(b.whenFalse())) {
                return new Branch(and(a, not(t.condition())), t.whenFalse(), b.whenFalse());
            }
        }
        if (b.whenFalse() instanceof Branch) {
            Branch f = (Branch) b.whenFalse();
            if (f.whenTrue().equals(b.whenTrue())) {
                return new Branch(or(a, f.condition()), b.whenTrue(), f.whenFalse());
            }
            if (f.whenFalse().equals(b.whenTrue())) {
                return new Branch(or(a, not(f.condition())), b.whenTrue(), f.whenTrue());
            }
        }
        return null;
    }

    /** A boolean-valued outcome as a predicate. */
    static Expr predicate(Outcome o, DecodeContext ctx) {
        if (o instanceof Leaf) {
            return ctx.bool(((Leaf) o).value());
        }
        Branch b = (Branch) o;
        Expr c = b.condition();
        Expr t = predicate(b.whenTrue(), ctx);
        Expr f = predicate(b.whenFalse(), ctx);
        if (t.equals(Literal.TRUE) && f.equals(Literal.FALSE)) {
            return c;
        }
        if (t.equals(Literal.FALSE) && f.equals(Literal.TRUE)) {
            return not(c);
        }
        if (f.equals(Literal.FALSE)) {
            return and(c, t);
        }
        if (t.equals(Literal.TRUE)) {
            return or(c, f);
        }
        if (t.equals(Literal.FALSE)) {
            return and(not(c), f);
        }
        if (f.equals(Literal.TRUE)) {
            return or(not(c), t);
        }
        return caseWhen(c, t, f);
    }

    /** A value-valued outcome: leaves through {@code leaf}, branches as CASE WHEN. */
    static Expr value(Outcome o, Function<SymbolicValue, Expr> leaf) {
        if (o instanceof Leaf) {
            return leaf.apply(((Leaf) o).value());
        }
        Branch b = (Branch) o;
        return caseWhen(b.condition(), value(b.whenTrue(), leaf), value(b.whenFalse(), leaf));
    }

    private static Expr caseWhen(Expr c, Expr t, Expr f) {
        // paths run on after a ternary, so (c ? a : b) > x arrives as c ? a > x : b > x: factor it back
        c = BooleanNormalizer.normalize(c);
        t = t.type() == ColumnType.BOOLEAN ? BooleanNormalizer.normalize(t) : t;
        f = f.type() == ColumnType.BOOLEAN ? BooleanNormalizer.normalize(f) : f;
        if (t instanceof Binary
                && f instanceof Binary
                && ((Binary) t).op() == ((Binary) f).op()
                && !((Binary) t).op().isLogical()) {
            Binary bt = (Binary) t;
            Binary bf = (Binary) f;
            if (bt.right().equals(bf.right())) {
                return new Binary(bt.op(), caseWhen(c, bt.left(), bf.left()), bt.right());
            }
            if (bt.left().equals(bf.left())) {
                return new Binary(bt.op(), bt.left(), caseWhen(c, bt.right(), bf.right()));
            }
        }
        List<CaseWhen.When> whens = new ArrayList<>();
        whens.add(new CaseWhen.When(c, t));
        Expr otherwise = f;
        if (f instanceof CaseWhen) {
            whens.addAll(((CaseWhen) f).whens());
            otherwise = ((CaseWhen) f).otherwise();
        }
        return new CaseWhen(whens, otherwise);
    }

    static Expr and(Expr a, Expr b) {
        return new Binary(BinaryOp.AND, a, b);
    }

    static Expr or(Expr a, Expr b) {
        return new Binary(BinaryOp.OR, a, b);
    }

    static Expr not(Expr a) {
        return new Unary(UnaryOp.NOT, a);
    }
}
