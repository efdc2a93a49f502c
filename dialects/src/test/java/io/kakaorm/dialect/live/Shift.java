package io.kakaorm.dialect.live;

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

/** A copy of a tree whose parameter slots are {@code by} higher, to combine predicates in one statement. */
final class Shift implements ExprVisitor<Expr> {
    private final int by;

    private Shift(int by) {
        this.by = by;
    }

    static Expr shift(Expr e, int by) {
        return by == 0 ? e : e.accept(new Shift(by));
    }

    private Expr s(Expr e) {
        return e.accept(this);
    }

    @Override
    public Expr column(ColumnRef e) {
        return e;
    }

    @Override
    public Expr param(Param e) {
        return new Param(e.slot() + by, e.type());
    }

    @Override
    public Expr literal(Literal e) {
        return e;
    }

    @Override
    public Expr unary(Unary e) {
        return new Unary(e.op(), s(e.operand()));
    }

    @Override
    public Expr binary(Binary e) {
        return new Binary(e.op(), s(e.left()), s(e.right()));
    }

    @Override
    public Expr like(Like e) {
        return new Like(s(e.value()), s(e.pattern()), e.ignoreCase());
    }

    @Override
    public Expr stringMatch(StringMatch e) {
        return new StringMatch(s(e.value()), s(e.needle()), e.kind(), e.ignoreCase());
    }

    @Override
    public Expr call(Call e) {
        return new Call(e.function(), e.args().stream().map(this::s).toList(), e.type());
    }

    @Override
    public Expr caseWhen(CaseWhen e) {
        return new CaseWhen(
                e.whens().stream()
                        .map(w -> new CaseWhen.When(s(w.condition()), s(w.result())))
                        .toList(),
                s(e.otherwise()));
    }

    @Override
    public Expr inList(InList e) {
        return new InList(s(e.value()), e.items().stream().map(this::s).toList(), e.negated());
    }

    @Override
    public Expr inParam(InParam e) {
        return new InParam(s(e.value()), e.slot() + by, e.negated());
    }

    @Override
    public Expr inSubquery(InSubquery e) {
        return new InSubquery(s(e.value()), e.subquery(), e.paramOffset() + by, e.negated());
    }

    @Override
    public Expr between(Between e) {
        return new Between(s(e.value()), s(e.low()), s(e.high()));
    }

    @Override
    public Expr window(Window e) {
        return e.map(this::s);
    }

    @Override
    public Expr scalarSubquery(ScalarSubquery e) {
        return new ScalarSubquery(
                s(e.key()),
                e.subquery(),
                e.bound() ? -1 : e.slot() + by,
                e.bound() ? e.paramOffset() + by : 0,
                e.type(),
                e.nullable());
    }
}
