package io.kakaorm;

import io.kakaorm.expr.ColumnRef;
import io.kakaorm.expr.Expr;
import io.kakaorm.meta.ModelMeta;
import io.kakaorm.query.JoinKind;
import io.kakaorm.query.OrderItem;
import io.kakaorm.query.Projection;
import io.kakaorm.query.Select;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The steps shared by queries over several sources ({@link JoinQuery2}, {@link JoinQuery3}) and grouped
 * queries ({@link GroupedQuery}): each decodes a lambda over the sources' rows, checks that its place in
 * the statement can hold it, and returns the new state.
 */
final class JoinOps {
    private JoinOps() {}

    /** The model class of each FROM source, in source order. */
    static Class<?>[] rows(QueryCore c) {
        Select s = c.select();
        Class<?>[] out = new Class<?>[s.joins().size() + 1];
        for (int i = 0; i < out.length; i++) {
            out[i] = s.source(i).modelClass();
        }
        return out;
    }

    static QueryCore join(QueryCore c, JoinKind kind, Class<?> joined, Serializable on) {
        if (c.select().isGrouped() || c.select().limit() != null || c.select().offset() != null) {
            throw new IllegalStateException("join before groupBy/limit/offset");
        }
        ModelMeta<?> meta = ModelMeta.of(joined);
        Class<?>[] before = rows(c);
        Class<?>[] rows = Arrays.copyOf(before, before.length + 1);
        rows[before.length] = joined;
        LambdaBridge.Decoded d = LambdaBridge.filterOver(on, rows);
        refuseAggregate(d, on, rows, "a join condition");
        return c.join(kind, meta, d.expr(), d.values(), d.source());
    }

    static QueryCore where(QueryCore c, Serializable predicate) {
        Class<?>[] rows = rows(c);
        LambdaBridge.Decoded d = LambdaBridge.filterOver(predicate, false, LambdaBridge.missing(c.select()), rows);
        refuseAggregate(d, predicate, rows, "where()");
        return c.where(d.expr(), d.values(), d.source());
    }

    static QueryCore exclude(QueryCore c, Serializable predicate) {
        Class<?>[] rows = rows(c);
        LambdaBridge.Decoded d = LambdaBridge.filterOver(predicate, true, LambdaBridge.missing(c.select()), rows);
        refuseAggregate(d, predicate, rows, "exclude()");
        return c.exclude(d.expr(), d.values(), d.source());
    }

    /** Refuses an aggregate or a window function where rows are filtered one by one. */
    static void refuseAggregate(LambdaBridge.Decoded d, Serializable lambda, Class<?>[] rows, String where) {
        if (!d.aggregateOrWindow()) {
            return; // known per lambda class; the two specific walks only before a refusal
        }
        Expr e = d.expr();
        if (ExprParts.hasWindow(e)) {
            throw LambdaBridge.refusal(
                    lambda,
                    rows,
                    "a window function in " + where,
                    "window functions go in select(); SQL computes them after rows are filtered and grouped");
        }
        if (ExprParts.hasAggregate(e)) {
            throw LambdaBridge.refusal(
                    lambda,
                    rows,
                    "an aggregate (count/sum/avg/min/max) in " + where,
                    "filter groups with groupBy(...).having(...)");
        }
    }

    static QueryCore order(QueryCore c, Serializable[] keys, boolean desc) {
        QueryCore out = c;
        Class<?>[] rows = rows(c);
        for (Serializable k : keys) {
            LambdaBridge.Decoded d = LambdaBridge.selectorOver(k, rows);
            if (d.expr() == null) {
                throw new IllegalArgumentException("order by a value, not a constructor (" + d.source() + ")");
            }
            QueryCore.BoundExpr b = out.bindExpr(d.expr(), d.values());
            Expr key =
                    GroupKeys.unify(b.expr(), out.select().groupBy(), b.core().paramArray());
            checkGrouped(out.select(), key, k, rows, "orderBy()");
            out = b.core().withSelect(b.core().select().orderedBy(new OrderItem(key, desc)));
        }
        return out;
    }

    static QueryCore groupBy(QueryCore c, Serializable[] keys) {
        if (keys.length == 0) {
            throw new IllegalArgumentException("groupBy() needs at least one key");
        }
        QueryCore out = c;
        Class<?>[] rows = rows(c);
        for (Serializable k : keys) {
            LambdaBridge.Decoded d = LambdaBridge.selectorOver(k, rows);
            if (d.expr() == null) {
                throw new IllegalArgumentException("group by a value, not a constructor (" + d.source() + ")");
            }
            refuseAggregate(d, k, rows, "groupBy()");
            out = out.groupBy(d.expr(), d.values());
        }
        return out;
    }

    static QueryCore having(QueryCore c, Serializable predicate) {
        Class<?>[] rows = rows(c);
        LambdaBridge.Decoded d = LambdaBridge.filterOver(predicate, rows);
        if (ExprParts.hasWindow(d.expr())) {
            throw LambdaBridge.refusal(
                    predicate, rows, "a window function in having()", "window functions go in select()");
        }
        QueryCore.BoundExpr b = c.bindExpr(d.expr(), d.values());
        Expr h = GroupKeys.unify(b.expr(), c.select().groupBy(), b.core().paramArray());
        checkGrouped(c.select(), h, predicate, rows, "having()", true);
        return b.core().withSelect(b.core().select().andHaving(h));
    }

    /** {@code select(lambda)} over the sources: a value or a constructor projection. */
    static <T, R> ProjectedQuery<T, R> select(ModelMeta<T> model, QueryCore c, Serializable projection) {
        Class<?>[] rows = rows(c);
        LambdaBridge.Decoded d = LambdaBridge.selectorOver(projection, rows);
        Object tree = d.expr() != null ? d.expr() : d.args();
        int base = c.params().size();
        Projection<R> made = ShapeMemo.get(c.select(), tree, "select", base);
        if (made != null) {
            return new ProjectedQuery<>(model, c.withValues(d.values()), made);
        }
        List<Expr> decoded = d.expr() != null ? List.of(d.expr()) : d.args();
        QueryCore.BoundExprs b = c.bindExprs(decoded, d.values());
        Object[] params = b.core().paramArray();
        List<Expr> items = new ArrayList<>();
        for (Expr e : b.exprs()) {
            items.add(GroupKeys.unify(e, c.select().groupBy(), params));
        }
        boolean grouped = items.stream().anyMatch(ExprParts::hasAggregate);
        for (Expr e : items) {
            checkGrouped(c.select(), e, projection, rows, "select()", grouped);
        }
        LambdaBridge.Decoded bound = d.withExprs(items);
        Projection<R> p = Projections.of(bound);
        // grouped items are unified with the keys by comparing captured values: remembered only without any
        if (ShapeMemo.valueFree(decoded) && (c.select().groupBy().isEmpty() || params.length == 0)) {
            ShapeMemo.put(c.select(), tree, "select", base, p, false);
        }
        return new ProjectedQuery<>(model, b.core(), p);
    }

    /** {@code selectRows(lambdas…)}: {@link Row}s keyed by column name. */
    static <T> ProjectedQuery<T, Row> selectRows(ModelMeta<T> model, QueryCore c, Serializable[] columns) {
        Class<?>[] rows = rows(c);
        QueryCore out = c;
        List<Expr> exprs = new ArrayList<>();
        List<LambdaBridge.Decoded> decoded = new ArrayList<>();
        for (Serializable s : columns) {
            LambdaBridge.Decoded d = LambdaBridge.selectorOver(s, rows);
            if (d.expr() == null) {
                throw new IllegalArgumentException(
                        "a row value must be a column or expression, not a constructor (" + d.source() + ")");
            }
            decoded.add(d);
        }
        boolean grouped = decoded.stream().anyMatch(d -> ExprParts.hasAggregate(d.expr()));
        for (int i = 0; i < columns.length; i++) {
            LambdaBridge.Decoded d = decoded.get(i);
            QueryCore.BoundExpr b = out.bindExpr(d.expr(), d.values());
            out = b.core();
            Expr e = GroupKeys.unify(b.expr(), c.select().groupBy(), out.paramArray());
            checkGrouped(c.select(), e, columns[i], rows, "selectRows()", grouped);
            exprs.add(e);
        }
        return new ProjectedQuery<>(model, out, new Projection.Rows(Projections.rowItems(List.of(), exprs)));
    }

    /** Whole models of every source, combined per row by {@code combine}. */
    static <R> Projection<R> models(QueryCore c, Function<List<Object>, R> combine) {
        if (c.select().isGrouped()) {
            throw new IllegalStateException("a grouped query has no model rows; select(...) its keys and aggregates");
        }
        Select s = c.select();
        List<ModelMeta<?>> models = new ArrayList<>();
        for (int i = 0; i <= s.joins().size(); i++) {
            models.add(s.source(i));
        }
        return new Projection.Models<>(models, combine);
    }

    private static void checkGrouped(Select s, Expr e, Serializable lambda, Class<?>[] rows, String where) {
        checkGrouped(s, e, lambda, rows, where, false);
    }

    /**
     * In a grouped statement (GROUP BY, HAVING, or aggregates in the select list) a value must be made of
     * group keys and aggregates: SQL has no single value of another column for a group.
     */
    private static void checkGrouped(
            Select s, Expr e, Serializable lambda, Class<?>[] rows, String where, boolean grouped) {
        if (!grouped && !s.isGrouped() && !ExprParts.hasAggregate(e)) {
            return;
        }
        ColumnRef c = ExprParts.ungrouped(e, s.groupBy());
        if (c != null) {
            throw LambdaBridge.refusal(
                    lambda,
                    rows,
                    "the column " + s.source(c.source()).modelClass().getSimpleName()
                            + "." + c.column().fieldName() + " in " + where + " of a grouped query, which is neither a "
                            + "groupBy key nor aggregated",
                    "add it to groupBy(...) or aggregate it (min, max, count, …)");
        }
    }
}
