package io.kakaorm.lambda;

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
import java.util.Arrays;
import java.util.List;

/** The direct operands of a node, left to right (a subquery's key, not its statement). */
final class Children implements ExprVisitor<List<Expr>> {
    private static final Children INSTANCE = new Children();

    private Children() {}

    static List<Expr> of(Expr e) {
        return e.accept(INSTANCE);
    }

    private static List<Expr> list(Expr... es) {
        List<Expr> out = new ArrayList<>(Arrays.asList(es));
        out.removeIf(x -> x == null);
        return out;
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
        return list(e.operand());
    }

    @Override
    public List<Expr> binary(Binary e) {
        return list(e.left(), e.right());
    }

    @Override
    public List<Expr> like(Like e) {
        return list(e.value(), e.pattern());
    }

    @Override
    public List<Expr> stringMatch(StringMatch e) {
        return list(e.value(), e.needle());
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
        out.removeIf(x -> x == null);
        return out;
    }

    @Override
    public List<Expr> inList(InList e) {
        List<Expr> out = list(e.value());
        out.addAll(e.items());
        return out;
    }

    @Override
    public List<Expr> inParam(InParam e) {
        return list(e.value());
    }

    @Override
    public List<Expr> inSubquery(InSubquery e) {
        return list(e.value());
    }

    @Override
    public List<Expr> between(Between e) {
        return list(e.value(), e.low(), e.high());
    }

    @Override
    public List<Expr> window(Window e) {
        return e.parts();
    }

    @Override
    public List<Expr> scalarSubquery(ScalarSubquery e) {
        return list(e.key());
    }
}
