package io.kakaorm;

import io.kakaorm.expr.ColumnRef;
import io.kakaorm.expr.ColumnType;
import io.kakaorm.expr.Expr;
import io.kakaorm.expr.Literal;
import io.kakaorm.meta.ModelMeta;
import io.kakaorm.query.Join;
import io.kakaorm.query.JoinKind;
import io.kakaorm.query.OrderItem;
import io.kakaorm.query.Projection;
import io.kakaorm.query.Select;
import io.kakaorm.spi.QueryExecutor;
import io.vertx.core.Future;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The immutable state shared by {@link Query} and {@link ProjectedQuery}: the statement, the values of
 * its parameter slots, where its predicates were written, and the executor that runs it.
 */
record QueryCore(ModelMeta<?> model, QueryExecutor executor, Select select, List<Object> params, List<String> sources) {

    QueryCore {
        params = Collections.unmodifiableList(new ArrayList<>(params)); // values may be null
        sources = List.copyOf(sources);
    }

    static QueryCore of(ModelMeta<?> model, QueryExecutor executor) {
        Select root = ShapeMemo.get(model, null, "from", 0);
        if (root == null) {
            root = ShapeMemo.put(model, null, "from", 0, Select.from(model), true);
        }
        return new QueryCore(model, executor, root, List.of(), List.of());
    }

    QueryCore where(Expr predicate, Object[] values, String source) {
        return filtered(predicate, false, values, source);
    }

    /**
     * ANDs {@code predicate} (for {@code exclude}, {@code not}: already the form true where Java's lambda is
     * false), reusing the statement this step made before.
     */
    private QueryCore filtered(Expr predicate, boolean not, Object[] values, String source) {
        List<Object> p = new ArrayList<>(params);
        String step = not ? "exclude" : "where";
        Select next = ShapeMemo.get(select, predicate, step, p.size());
        if (next != null) {
            Collections.addAll(p, values);
        } else {
            int base = p.size();
            Expr bound = ParamBinder.bind(predicate, values, p);
            next = select.and(bound);
            if (ShapeMemo.valueFree(predicate)) {
                ShapeMemo.put(select, predicate, step, base, next, false);
            }
        }
        List<String> s = new ArrayList<>(sources);
        s.add(source);
        return new QueryCore(model, executor, next, p, s);
    }

    /** This query with its statement replaced (soft-delete scope, or the table of an ArchiveModel). */
    QueryCore withSelect(Select s) {
        return new QueryCore(s.from(), executor, s, params, sources);
    }

    /** This query with its statements limited to {@code timeout} (checked: not null, not negative). */
    QueryCore withTimeout(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("timeout must be >= 0 (Duration.ZERO: none): " + timeout);
        }
        if (executor == null) {
            exec(); // throws: not bound to a database
        }
        return new QueryCore(model, executor.withTimeout(timeout), select, params, sources);
    }

    QueryCore exclude(Expr predicate, Object[] values, String source) {
        return filtered(predicate, true, values, "exclude " + source);
    }

    QueryCore orderBy(Expr key, Object[] values, boolean descending) {
        List<Object> p = new ArrayList<>(params);
        Expr bound = ParamBinder.bind(key, values, p);
        return new QueryCore(model, executor, select.orderedBy(new OrderItem(bound, descending)), p, sources);
    }

    QueryCore limit(long n) {
        if (n < 0) {
            throw new IllegalArgumentException("limit must be >= 0: " + n);
        }
        return new QueryCore(model, executor, select.withLimit(n), params, sources);
    }

    QueryCore offset(long n) {
        if (n < 0) {
            throw new IllegalArgumentException("offset must be >= 0: " + n);
        }
        return new QueryCore(model, executor, select.withOffset(n), params, sources);
    }

    /** Joins {@code model} on {@code on} (its values bound after the existing ones). */
    QueryCore join(JoinKind kind, ModelMeta<?> joined, Expr on, Object[] values, String source) {
        List<Object> p = new ArrayList<>(params);
        JoinStep step = new JoinStep(kind, joined);
        Select next = ShapeMemo.get(select, on, step, p.size());
        if (next != null) {
            Collections.addAll(p, values);
        } else {
            int base = p.size();
            Expr bound = ParamBinder.bind(on, values, p);
            next = select.withJoin(new Join(kind, joined, bound));
            if (ShapeMemo.valueFree(on)) {
                ShapeMemo.put(select, on, step, base, next, false);
            }
        }
        List<String> s = new ArrayList<>(sources);
        s.add(kind.sql().toLowerCase(Locale.ROOT) + " " + source);
        return new QueryCore(model, executor, next, p, s);
    }

    /** What a join step's statement depends on besides the condition's tree (compared by identity of the model). */
    private record JoinStep(JoinKind kind, ModelMeta<?> joined) {
        @Override
        public boolean equals(Object o) {
            return o instanceof JoinStep j && kind == j.kind && joined == j.joined;
        }

        @Override
        public int hashCode() {
            return 31 * kind.hashCode() + System.identityHashCode(joined);
        }
    }

    /** Adds a GROUP BY key. */
    QueryCore groupBy(Expr key, Object[] values) {
        List<Object> p = new ArrayList<>(params);
        Select next = ShapeMemo.get(select, key, "groupBy", p.size());
        if (next != null) {
            Collections.addAll(p, values);
        } else {
            int base = p.size();
            Expr bound = ParamBinder.bind(key, values, p);
            List<Expr> keys = new ArrayList<>(select.groupBy());
            keys.add(bound);
            next = select.withGroupBy(keys);
            if (ShapeMemo.valueFree(key)) {
                ShapeMemo.put(select, key, "groupBy", base, next, false);
            }
        }
        return new QueryCore(model, executor, next, p, sources);
    }

    /** ANDs a HAVING predicate. */
    QueryCore having(Expr predicate, Object[] values, String source) {
        List<Object> p = new ArrayList<>(params);
        Expr bound = ParamBinder.bind(predicate, values, p);
        List<String> s = new ArrayList<>(sources);
        s.add("having " + source);
        return new QueryCore(model, executor, select.andHaving(bound), p, s);
    }

    /** SELECT DISTINCT. */
    QueryCore distinct() {
        return new QueryCore(model, executor, select.withDistinct(true), params, sources);
    }

    /** Binds a decoded expression used outside WHERE (select items, aggregates): its values are appended. */
    BoundExpr bindExpr(Expr expr, Object[] values) {
        List<Object> p = new ArrayList<>(params);
        Expr bound = ParamBinder.bind(expr, values, p);
        return new BoundExpr(bound, new QueryCore(model, executor, select, p, sources));
    }

    /** This query with {@code values} appended to its parameters (a step whose statement is unchanged). */
    QueryCore withValues(Object[] values) {
        List<Object> p = new ArrayList<>(params);
        Collections.addAll(p, values);
        return new QueryCore(model, executor, select, p, sources);
    }

    /** Binds several expressions sharing one set of values (a constructor's arguments). */
    BoundExprs bindExprs(List<Expr> exprs, Object[] values) {
        List<Object> p = new ArrayList<>(params);
        List<Expr> bound = ParamBinder.bindAll(exprs, values, p);
        return new BoundExprs(bound, new QueryCore(model, executor, select, p, sources));
    }

    /** Expressions bound into a query, and that query. */
    record BoundExprs(List<Expr> exprs, QueryCore core) {}

    /** An expression bound into a query, and that query. */
    record BoundExpr(Expr expr, QueryCore core) {}

    Object[] paramArray() {
        return params.toArray();
    }

    QueryExecutor exec() {
        if (executor == null) {
            throw new IllegalStateException(
                    "this query of " + model.modelClass().getSimpleName()
                            + " is not bound to a database; build it with db.from("
                            + model.modelClass().getSimpleName()
                            + ".class)");
        }
        QueryExecutor e =
                sources.isEmpty() ? executor : new SitedExecutor(executor, sources); // call site for listeners
        return PathChecks.wrap(e, model.modelClass()); // a relation path read as a value fails where Java throws
    }

    /** What the exceptions of get() say about the lookup: predicate sources and the SQL. */
    String lookup() {
        String where = sources.isEmpty() ? "(no predicate)" : String.join(" and ", sources);
        String sql;
        try {
            sql = exec().describe(select, paramArray());
        } catch (RuntimeException e) {
            sql = select.toString();
        }
        return where + " — SQL: " + sql;
    }

    <R> Future<List<R>> list(Projection<R> projection) {
        return exec().list(withItems(projection), paramArray(), projection);
    }

    /**
     * The statement with the projection's select list: the same instance as before when this statement
     * and projection were both made by {@link ShapeMemo} (a projection is immutable, its items too).
     */
    Select withItems(Projection<?> projection) {
        // a model's projection is made per call, but its item list is one instance per model class
        Object key = projection instanceof Projection.Model<?> m ? m.items() : projection;
        if (key == projection && !ShapeMemo.shared(projection)) {
            return select.withItems(projection.items());
        }
        Select s = ShapeMemo.get(select, key, "items", 0);
        if (s == null) {
            s = ShapeMemo.put(select, key, "items", 0, select.withItems(projection.items()), false);
        }
        return s;
    }

    <R> QueryStream<R> stream(Projection<R> projection, int fetchSize) {
        if (fetchSize <= 0) {
            throw new IllegalArgumentException("fetchSize must be > 0: " + fetchSize);
        }
        return exec().stream(select.withItems(projection.items()), paramArray(), projection, fetchSize);
    }

    Future<Long> count() {
        return countOf(select);
    }

    /** The number of rows {@code s} (this query's statement with its select list) returns. */
    Future<Long> countOf(Select s) {
        return exec().count(s.withOrderBy(List.of()), paramArray()); // the order cannot change how many
    }

    Future<Boolean> exists() {
        Select s = select.withOrderBy(List.of()).withLimit(select.limit() == null ? 1L : Math.min(1L, select.limit()));
        Projection<Long> one = new Projection.Scalar<>(new Literal(1L, ColumnType.LONG), Long.class);
        return exec().list(s.withItems(one.items()), paramArray(), one).map(rows -> !rows.isEmpty());
    }

    /** The first result by the query's order, else by primary key. */
    <R> Future<R> first(Projection<R> projection) {
        Select s = ordered(select, false);
        s = s.withLimit(s.limit() == null ? 1L : Math.min(1L, s.limit()));
        return exec().list(s.withItems(projection.items()), paramArray(), projection)
                .map(rows -> rows.isEmpty() ? null : rows.get(0));
    }

    /** The last result by the query's order, else by primary key. */
    <R> Future<R> last(Projection<R> projection) {
        if (select.limit() != null || select.offset() != null) {
            // the window is defined by the forward order: read it and take its end
            Select s = ordered(select, false);
            return exec().list(s.withItems(projection.items()), paramArray(), projection)
                    .map(rows -> rows.isEmpty() ? null : rows.get(rows.size() - 1));
        }
        Select s = ordered(select, true).withLimit(1L);
        return exec().list(s.withItems(projection.items()), paramArray(), projection)
                .map(rows -> rows.isEmpty() ? null : rows.get(0));
    }

    /** Exactly one result: NotFoundException or MultipleResultsException otherwise. */
    <R> Future<R> get(Projection<R> projection, boolean orNone) {
        Select s = select.withLimit(select.limit() == null ? 2L : Math.min(2L, select.limit()));
        return exec().list(s.withItems(projection.items()), paramArray(), projection)
                .compose(rows -> {
                    if (rows.size() > 1) {
                        return Future.failedFuture(new MultipleResultsException(model.modelClass(), lookup()));
                    }
                    if (rows.isEmpty()) {
                        return orNone
                                ? Future.succeededFuture(null)
                                : Future.failedFuture(new NotFoundException(model.modelClass(), lookup()));
                    }
                    return Future.succeededFuture(rows.get(0));
                });
    }

    /**
     * The statement ordered by its keys then the primary key (a total order, so that first() and last()
     * are each other's mirror even with ties), each key reversed when {@code reverse}.
     */
    Select ordered(Select s, boolean reverse) {
        ColumnRef pk = new ColumnRef(model.primaryKey());
        List<OrderItem> keys = new ArrayList<>(s.orderBy());
        if (reverse && (s.isGrouped() || s.distinct()) && keys.isEmpty()) {
            throw new IllegalStateException("last() of a grouped or distinct query needs an orderBy(...)");
        }
        if (!s.isGrouped() && !s.distinct() && keys.stream().noneMatch(k -> pk.equals(k.expr()))) {
            keys.add(new OrderItem(pk, false));
        }
        if (reverse) {
            keys = keys.stream()
                    .map(k -> new OrderItem(k.expr(), !k.descending()))
                    .toList();
        }
        return s.withOrderBy(keys);
    }

    /**
     * A scalar over the matching rows (aggregates). Under LIMIT/OFFSET it is over the rows the limited
     * query selects, in its order (the dialect aggregates over a derived table); otherwise ORDER BY is
     * dropped as it cannot change the result.
     */
    <V> Future<V> scalar(String what, Expr value, Class<V> type) {
        Projection.Scalar<V> p = new Projection.Scalar<>(value, type);
        Select s = unorderedUnlessWindowed(select).withItems(p.items());
        return exec().list(s, paramArray(), p).map(rows -> rows.isEmpty() ? null : rows.get(0));
    }

    /** The statement without ORDER BY, unless LIMIT/OFFSET make the order choose the rows. */
    static Select unorderedUnlessWindowed(Select s) {
        return s.limit() == null && s.offset() == null ? s.withOrderBy(List.of()) : s;
    }
}
