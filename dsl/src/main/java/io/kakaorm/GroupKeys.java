package io.kakaorm;

import io.kakaorm.expr.Binary;
import io.kakaorm.expr.Call;
import io.kakaorm.expr.CaseWhen;
import io.kakaorm.expr.Expr;
import io.kakaorm.expr.Param;
import io.kakaorm.expr.Unary;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Makes a value written again in select/having/orderBy the very GROUP BY key it repeats: {@code p.views /
 * 100} in {@code groupBy} and in {@code select} decode with different parameter slots (one per lambda), and
 * the database only accepts the select item when it is the same expression as the key — same slot, so the
 * same placeholder.
 */
final class GroupKeys {
    private GroupKeys() {}

    /** {@code e} with every part equal (parameters by value) to one of {@code keys} replaced by that key. */
    static Expr unify(Expr e, List<Expr> keys, Object[] params) {
        if (keys.isEmpty()) {
            return e;
        }
        for (Expr k : keys) {
            if (k.equals(e) || sameValue(k, e, params)) {
                return k;
            }
        }
        if (e instanceof Binary b) {
            return new Binary(b.op(), unify(b.left(), keys, params), unify(b.right(), keys, params));
        }
        if (e instanceof Unary u) {
            return new Unary(u.op(), unify(u.operand(), keys, params));
        }
        if (e instanceof Call c && !c.function().isAggregate()) {
            List<Expr> args = new ArrayList<>();
            for (Expr a : c.args()) {
                args.add(unify(a, keys, params));
            }
            return new Call(c.function(), args, c.type());
        }
        if (e instanceof CaseWhen c) {
            List<CaseWhen.When> whens = new ArrayList<>();
            for (CaseWhen.When w : c.whens()) {
                whens.add(new CaseWhen.When(unify(w.condition(), keys, params), unify(w.result(), keys, params)));
            }
            return new CaseWhen(whens, unify(c.otherwise(), keys, params));
        }
        return e;
    }

    /** Whether two bound trees compute the same value: equal shapes, parameters equal by value. */
    static boolean sameValue(Expr a, Expr b, Object[] params) {
        if (a instanceof Param pa && b instanceof Param pb) {
            return Objects.equals(pa.type(), pb.type()) && Objects.equals(params[pa.slot()], params[pb.slot()]);
        }
        if (a instanceof Binary x && b instanceof Binary y) {
            return x.op() == y.op() && sameValue(x.left(), y.left(), params) && sameValue(x.right(), y.right(), params);
        }
        if (a instanceof Unary x && b instanceof Unary y) {
            return x.op() == y.op() && sameValue(x.operand(), y.operand(), params);
        }
        if (a instanceof Call x && b instanceof Call y) {
            if (x.function() != y.function()
                    || !Objects.equals(x.type(), y.type())
                    || x.args().size() != y.args().size()) {
                return false;
            }
            for (int i = 0; i < x.args().size(); i++) {
                if (!sameValue(x.args().get(i), y.args().get(i), params)) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }
}
