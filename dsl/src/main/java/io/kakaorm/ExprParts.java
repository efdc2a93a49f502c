package io.kakaorm;

import io.kakaorm.expr.Between;
import io.kakaorm.expr.Binary;
import io.kakaorm.expr.Call;
import io.kakaorm.expr.CaseWhen;
import io.kakaorm.expr.ColumnRef;
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
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * What the query builder checks in decoded trees before they become SQL: aggregates where rows are
 * filtered, columns that are neither grouped nor aggregated. A visitor, so that a new node does not
 * compile until it says what its parts are.
 */
final class ExprParts implements ExprVisitor<List<Expr>> {
    private static final ExprParts CHILDREN = new ExprParts();

    private ExprParts() {}

    /** The direct sub-expressions of {@code e} (a subquery's own tree is not a part: it has its own FROM). */
    static List<Expr> children(Expr e) {
        return e.accept(CHILDREN);
    }

    /** Whether {@code e} or any of its parts satisfies {@code test}. */
    static boolean anyNode(Expr e, Predicate<Expr> test) {
        if (test.test(e)) {
            return true;
        }
        for (Expr c : children(e)) {
            if (c != null && anyNode(c, test)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code e} holds an aggregate call ({@code count()}, {@code sum(…)}, …). */
    static boolean hasAggregate(Expr e) {
        if (e instanceof Call c && c.function().isAggregate()) {
            return true;
        }
        for (Expr c : children(e)) {
            if (hasAggregate(c)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code e} holds a window function. */
    static boolean hasWindow(Expr e) {
        if (e instanceof Window) {
            return true;
        }
        for (Expr c : children(e)) {
            if (hasWindow(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A column of {@code e} that is neither one of the group {@code keys} nor inside one of them nor inside
     * an aggregate — SQL cannot select it from a group — or {@code null} when there is none.
     */
    static ColumnRef ungrouped(Expr e, List<Expr> keys) {
        if (keys.contains(e) || e instanceof Call c && c.function().isAggregate()) {
            return null;
        }
        if (e instanceof ColumnRef c) {
            return c;
        }
        for (Expr child : children(e)) {
            ColumnRef c = ungrouped(child, keys);
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    @Override
    public List<Expr> column(ColumnRef e) {
        return List.of();
    }

    @Override
    public List<Expr> param(Param e) {
        return List.of();
    }

    @Override
    public List<Expr> literal(Literal e) {
        return List.of();
    }

    @Override
    public List<Expr> unary(Unary e) {
        return List.of(e.operand());
    }

    @Override
    public List<Expr> binary(Binary e) {
        return List.of(e.left(), e.right());
    }

    @Override
    public List<Expr> like(Like e) {
        return List.of(e.value(), e.pattern());
    }

    @Override
    public List<Expr> stringMatch(StringMatch e) {
        return List.of(e.value(), e.needle());
    }

    @Override
    public List<Expr> call(Call e) {
        return e.args();
    }

    @Override
    public List<Expr> caseWhen(CaseWhen e) {
        List<Expr> out = new ArrayList<>();
        for (CaseWhen.When w : e.whens()) {
            out.add(w.condition());
            out.add(w.result());
        }
        out.add(e.otherwise());
        return out;
    }

    @Override
    public List<Expr> inList(InList e) {
        List<Expr> out = new ArrayList<>();
        out.add(e.value());
        out.addAll(e.items());
        return out;
    }

    @Override
    public List<Expr> inParam(InParam e) {
        return List.of(e.value());
    }

    @Override
    public List<Expr> inSubquery(InSubquery e) {
        return List.of(e.value());
    }

    @Override
    public List<Expr> between(Between e) {
        return List.of(e.value(), e.low(), e.high());
    }

    @Override
    public List<Expr> window(Window e) {
        return e.parts();
    }

    @Override
    public List<Expr> scalarSubquery(ScalarSubquery e) {
        return List.of(e.key()); // the related rows are the subquery's own FROM
    }
}
