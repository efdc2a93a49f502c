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
import io.kakaorm.query.Select;
import java.util.List;

/**
 * Moves a decoded expression's parameter slots behind the parameters a query already has, and turns
 * {@code IN} over a captured {@link Subquery} into an {@link InSubquery} (and a captured {@link Scalar}'s
 * {@code of(row)} into a bound {@link ScalarSubquery}) whose parameters follow.
 */
final class ParamBinder implements ExprVisitor<Expr> {
    private final int base;
    private final Object[] values;
    private final List<Object> out;

    private ParamBinder(int base, Object[] values, List<Object> out) {
        this.base = base;
        this.values = values;
        this.out = out;
    }

    /**
     * {@code expr} with slot {@code i} moved to {@code out.size() + i}; {@code values} are appended to
     * {@code out}, followed by the parameters of any subquery found among them.
     */
    static Expr bind(Expr expr, Object[] values, List<Object> out) {
        int base = out.size();
        for (Object v : values) {
            out.add(v);
        }
        return expr == null ? null : expr.accept(new ParamBinder(base, values, out));
    }

    /** {@link #bind} for several expressions sharing one set of values (appended once). */
    static List<Expr> bindAll(List<Expr> exprs, Object[] values, List<Object> out) {
        int base = out.size();
        for (Object v : values) {
            out.add(v);
        }
        ParamBinder b = new ParamBinder(base, values, out);
        return exprs.stream().map(b::go).toList();
    }

    /** The statement a subquery stands for, selecting exactly one column. */
    static Select subselect(Subquery sq) {
        if (sq instanceof Query<?> q) {
            return q.toSubselect();
        }
        if (sq instanceof ProjectedQuery<?, ?> q) {
            return q.toSubselect();
        }
        return ((Exists<?>) sq).toSubselect(); // Subquery is sealed: these three
    }

    private Expr go(Expr e) {
        return e == null ? null : e.accept(this);
    }

    private List<Expr> all(List<Expr> es) {
        return es.stream().map(this::go).toList();
    }

    @Override
    public Expr column(ColumnRef e) {
        return e;
    }

    @Override
    public Expr param(Param e) {
        return new Param(e.slot() + base, e.type());
    }

    @Override
    public Expr literal(Literal e) {
        return e;
    }

    @Override
    public Expr unary(Unary e) {
        return new Unary(e.op(), go(e.operand()));
    }

    @Override
    public Expr binary(Binary e) {
        return new Binary(e.op(), go(e.left()), go(e.right()));
    }

    @Override
    public Expr like(Like e) {
        return new Like(go(e.value()), go(e.pattern()), e.ignoreCase());
    }

    @Override
    public Expr stringMatch(StringMatch e) {
        return new StringMatch(go(e.value()), go(e.needle()), e.kind(), e.ignoreCase());
    }

    @Override
    public Expr call(Call e) {
        return new Call(e.function(), all(e.args()), e.type());
    }

    @Override
    public Expr caseWhen(CaseWhen e) {
        return new CaseWhen(
                e.whens().stream()
                        .map(w -> new CaseWhen.When(go(w.condition()), go(w.result())))
                        .toList(),
                go(e.otherwise()));
    }

    @Override
    public Expr inList(InList e) {
        return new InList(go(e.value()), all(e.items()), e.negated());
    }

    @Override
    public Expr inParam(InParam e) {
        Object v = values[e.slot()];
        if (v instanceof Subquery sq) {
            int offset = out.size();
            out.addAll(sq.parameters());
            return new InSubquery(go(e.value()), subselect(sq), offset, e.negated());
        }
        return new InParam(go(e.value()), e.slot() + base, e.negated());
    }

    @Override
    public Expr inSubquery(InSubquery e) {
        return new InSubquery(go(e.value()), e.subquery(), e.paramOffset() + base, e.negated());
    }

    @Override
    public Expr between(Between e) {
        return new Between(go(e.value()), go(e.low()), go(e.high()));
    }

    @Override
    public Expr window(Window e) {
        return e.map(x -> x.accept(this));
    }

    @Override
    public Expr scalarSubquery(ScalarSubquery e) {
        if (e.path()) {
            return e.withKey(go(e.key()));
        }
        if (e.bound()) {
            return new ScalarSubquery(go(e.key()), e.subquery(), -1, e.paramOffset() + base, e.type(), e.nullable());
        }
        if (!(values[e.slot()] instanceof Scalar<?, ?> s)) {
            throw new IllegalStateException("a scalar subquery whose value is not a Scalar: " + values[e.slot()]);
        }
        int offset = out.size();
        out.addAll(s.parameters());
        return new ScalarSubquery(go(e.key()), s.toSubselect(), -1, offset, s.type(), s.nullable());
    }
}
