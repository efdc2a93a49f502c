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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The relation-path values ({@link ScalarSubquery#path()}, not the guards' probes) of a tree, left to right,
 * each once.
 */
final class PathCollector implements ExprVisitor<Void> {
    private final Set<ScalarSubquery> out = new LinkedHashSet<>();

    private PathCollector() {}

    static Set<ScalarSubquery> of(Expr e) {
        PathCollector c = new PathCollector();
        c.go(e);
        return c.out;
    }

    private void go(Expr e) {
        if (e != null) {
            e.accept(this);
        }
    }

    private Void all(List<? extends Expr> es) {
        for (Expr e : es) {
            go(e);
        }
        return null;
    }

    @Override
    public Void column(ColumnRef e) {
        return null;
    }

    @Override
    public Void param(Param e) {
        return null;
    }

    @Override
    public Void literal(Literal e) {
        return null;
    }

    @Override
    public Void unary(Unary e) {
        go(e.operand());
        return null;
    }

    @Override
    public Void binary(Binary e) {
        go(e.left());
        go(e.right());
        return null;
    }

    @Override
    public Void like(Like e) {
        go(e.value());
        go(e.pattern());
        return null;
    }

    @Override
    public Void stringMatch(StringMatch e) {
        go(e.value());
        go(e.needle());
        return null;
    }

    @Override
    public Void call(Call e) {
        return all(e.args());
    }

    @Override
    public Void caseWhen(CaseWhen e) {
        for (CaseWhen.When w : e.whens()) {
            go(w.condition());
            go(w.result());
        }
        go(e.otherwise());
        return null;
    }

    @Override
    public Void inList(InList e) {
        go(e.value());
        return all(e.items());
    }

    @Override
    public Void inParam(InParam e) {
        go(e.value());
        return null;
    }

    @Override
    public Void inSubquery(InSubquery e) {
        go(e.value());
        return null;
    }

    @Override
    public Void between(Between e) {
        go(e.value());
        go(e.low());
        go(e.high());
        return null;
    }

    @Override
    public Void window(Window e) {
        return all(e.parts());
    }

    @Override
    public Void scalarSubquery(ScalarSubquery e) {
        if (e.path() && !e.probe()) { // a probe is a guard's presence test, not a read
            out.add(e);
        }
        go(e.key());
        return null;
    }
}
