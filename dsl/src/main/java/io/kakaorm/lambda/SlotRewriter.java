package io.kakaorm.lambda;

import io.kakaorm.expr.Between;
import io.kakaorm.expr.Binary;
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
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;

/** Rebuilds a tree with every parameter slot mapped, visiting slots left to right (pre-order). */
final class SlotRewriter implements ExprVisitor<Expr> {
    private final IntUnaryOperator map;
    /** Whether {@link Function#DEREF} marks are removed (their value kept). */
    private final boolean strip;

    SlotRewriter(IntUnaryOperator map) {
        this(map, false);
    }

    SlotRewriter(IntUnaryOperator map, boolean strip) {
        this.map = map;
        this.strip = strip;
    }

    Expr rewrite(Expr e) {
        return e == null ? null : e.accept(this);
    }

    private List<Expr> all(List<Expr> es) {
        List<Expr> out = new ArrayList<>(es.size());
        for (Expr e : es) {
            out.add(rewrite(e));
        }
        return out;
    }

    @Override
    public Expr column(ColumnRef e) {
        return e;
    }

    @Override
    public Expr param(Param e) {
        return new Param(map.applyAsInt(e.slot()), e.type());
    }

    @Override
    public Expr literal(Literal e) {
        return e;
    }

    @Override
    public Expr unary(Unary e) {
        return new Unary(e.op(), rewrite(e.operand()));
    }

    @Override
    public Expr binary(Binary e) {
        Expr l = rewrite(e.left());
        return new Binary(e.op(), l, rewrite(e.right()));
    }

    @Override
    public Expr like(Like e) {
        Expr v = rewrite(e.value());
        return new Like(v, rewrite(e.pattern()), e.ignoreCase());
    }

    @Override
    public Expr stringMatch(StringMatch e) {
        Expr v = rewrite(e.value());
        return new StringMatch(v, rewrite(e.needle()), e.kind(), e.ignoreCase());
    }

    @Override
    public Expr call(Call e) {
        if (strip && e.function() == Function.DEREF) {
            return rewrite(e.args().get(0));
        }
        return new Call(e.function(), all(e.args()), e.type());
    }

    @Override
    public Expr caseWhen(CaseWhen e) {
        List<CaseWhen.When> whens = new ArrayList<>();
        for (CaseWhen.When w : e.whens()) {
            Expr c = rewrite(w.condition());
            whens.add(new CaseWhen.When(c, rewrite(w.result())));
        }
        return new CaseWhen(whens, rewrite(e.otherwise()));
    }

    @Override
    public Expr inList(InList e) {
        Expr v = rewrite(e.value());
        return new InList(v, all(e.items()), e.negated());
    }

    @Override
    public Expr inParam(InParam e) {
        Expr v = rewrite(e.value());
        return new InParam(v, map.applyAsInt(e.slot()), e.negated());
    }

    @Override
    public Expr inSubquery(InSubquery e) {
        Expr v = rewrite(e.value());
        return new InSubquery(v, e.subquery(), map.applyAsInt(e.paramOffset()), e.negated());
    }

    @Override
    public Expr between(Between e) {
        Expr v = rewrite(e.value());
        Expr lo = rewrite(e.low());
        return new Between(v, lo, rewrite(e.high()));
    }

    @Override
    public Expr window(Window e) {
        return e.map(this::rewrite);
    }

    @Override
    public Expr scalarSubquery(ScalarSubquery e) {
        Expr k = rewrite(e.key());
        if (e.path()) {
            return e.withKey(k);
        }
        return e.bound()
                ? new ScalarSubquery(k, e.subquery(), -1, map.applyAsInt(e.paramOffset()), e.type(), e.nullable())
                : new ScalarSubquery(k, null, map.applyAsInt(e.slot()), 0, e.type(), e.nullable());
    }
}
