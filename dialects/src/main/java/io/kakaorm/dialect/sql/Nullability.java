package io.kakaorm.dialect.sql;

import io.kakaorm.expr.Between;
import io.kakaorm.expr.Binary;
import io.kakaorm.expr.BinaryOp;
import io.kakaorm.expr.Call;
import io.kakaorm.expr.CaseWhen;
import io.kakaorm.expr.ColumnRef;
import io.kakaorm.expr.Expr;
import io.kakaorm.expr.ExprVisitor;
import io.kakaorm.expr.Function;
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

/**
 * Whether an expression, <em>as {@link SqlRenderer} writes it</em>, may be SQL NULL (UNKNOWN for a
 * predicate) for the given parameter values. The renderer asks this to keep Java's two-valued logic:
 * only a possibly-UNKNOWN operand of NOT needs {@code IS NOT TRUE}, only a nullable operand of
 * {@code <>} needs {@code OR x IS NULL}. Conservative: "true" means "may be".
 */
final class Nullability implements ExprVisitor<Boolean> {
    private final SqlRenderer r;

    Nullability(SqlRenderer renderer) {
        this.r = renderer;
    }

    boolean test(Expr e) {
        return e.accept(this);
    }

    private boolean any(Iterable<Expr> es) {
        for (Expr e : es) {
            if (test(e)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Boolean column(ColumnRef e) {
        return r.nullableColumn(e);
    }

    @Override
    public Boolean param(Param e) {
        return r.value(e.slot()) == null;
    }

    @Override
    public Boolean literal(Literal e) {
        return e.value() == null;
    }

    @Override
    public Boolean unary(Unary e) {
        return switch (e.op()) {
            case NOT -> false; // rendered two-valued
            case NEGATE -> test(e.operand());
            case IS_NULL, IS_NOT_NULL -> false;
        };
    }

    @Override
    public Boolean binary(Binary e) {
        if (e.op() == BinaryOp.NE) {
            return false; // rendered as (a <> b OR a IS NULL) / IS DISTINCT FROM
        }
        if (e.op() == BinaryOp.EQ
                && (SqlRenderer.isNull(r, e.left())
                        || SqlRenderer.isNull(r, e.right())
                        || test(e.left()) && test(e.right()))) {
            return false; // rendered as IS NULL / IS NOT DISTINCT FROM
        }
        if (e.op() == BinaryOp.CONCAT) {
            return false; // a null operand is rendered as 'null', as Java does
        }
        if (e.op() == BinaryOp.AND || e.op() == BinaryOp.OR) {
            return test(e.left()) || test(e.right());
        }
        return test(e.left()) || test(e.right());
    }

    @Override
    public Boolean like(Like e) {
        return test(e.value()) || test(e.pattern());
    }

    @Override
    public Boolean stringMatch(StringMatch e) {
        return test(e.value()) || test(e.needle());
    }

    @Override
    public Boolean call(Call e) {
        if (e.function() == Function.DEREF) {
            return test(e.args().get(0));
        }
        if (e.function() == Function.COUNT
                || e.function() == Function.COUNT_DISTINCT
                || e.function() == Function.PRESENT) {
            return false;
        }
        if (e.function() == Function.COALESCE) {
            for (Expr a : e.args()) {
                if (!test(a)) {
                    return false;
                }
            }
            return true;
        }
        return e.function().isAggregate() || any(e.args()); // an aggregate over no rows is NULL
    }

    @Override
    public Boolean caseWhen(CaseWhen e) {
        for (CaseWhen.When w : e.whens()) {
            if (test(w.result())) {
                return true;
            }
        }
        return test(e.otherwise());
    }

    @Override
    public Boolean inList(InList e) {
        return !e.items().isEmpty() && (test(e.value()) || any(e.items()));
    }

    @Override
    public Boolean inParam(InParam e) {
        InValues values = r.inValues(e.slot(), e.value().type());
        // a null element is rendered as OR value IS NULL, which is never UNKNOWN
        return !values.hasNull() && !values.nonNull().isEmpty() && test(e.value());
    }

    @Override
    public Boolean inSubquery(InSubquery e) {
        return true; // the subquery may yield NULLs
    }

    @Override
    public Boolean between(Between e) {
        return test(e.value()) || test(e.low()) || test(e.high());
    }

    @Override
    public Boolean window(Window e) {
        return switch (e.function()) {
            case ROW_NUMBER, RANK, DENSE_RANK, COUNT -> false;
            default -> true; // no row before/after, or a NULL value
        };
    }

    @Override
    public Boolean scalarSubquery(ScalarSubquery e) {
        return e.nullable(); // COUNT is 0 over no row; MAX/MIN are NULL
    }
}
