package io.kakaorm;

import io.kakaorm.expr.Expr;
import io.kakaorm.meta.ModelMeta;
import io.kakaorm.query.Projection;
import io.kakaorm.query.Select;
import io.kakaorm.query.SelectItem;
import io.vertx.core.Future;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A query of a model whose results are not models but values, records or {@link Row}s — what
 * {@link Query#select(Selector)}, {@link Query#selectRows} and {@link Query#alsoSelect} return. Filters
 * and order keys still read the model's row. Immutable, like {@link Query}.
 *
 * <pre>{@code
 * record TitleViews(String title, int views) {}
 * List<TitleViews> tv = db.from(Post.class).select(p -> new TitleViews(p.title, p.views)).list().await();
 * List<String> titles = db.from(Post.class).select(p -> p.title).orderBy(p -> p.title).list().await();
 * }</pre>
 *
 * @param <T> the model queried
 * @param <R> the result type
 */
public final class ProjectedQuery<T, R> implements Subquery {
    private final ModelMeta<T> model;
    private final QueryCore core;
    private final Projection<R> projection;

    ProjectedQuery(ModelMeta<T> model, QueryCore core, Projection<R> projection) {
        this.model = model;
        this.core = core;
        this.projection = projection;
    }

    static <T, R> ProjectedQuery<T, R> of(ModelMeta<T> model, QueryCore core, LambdaBridge.Decoded d) {
        List<Expr> exprs = d.type() != null ? d.args() : List.of(d.expr());
        QueryCore.BoundExprs b = core.bindExprs(exprs, d.values());
        return new ProjectedQuery<>(model, b.core(), Projections.of(d.withExprs(b.exprs())));
    }

    static <T> ProjectedQuery<T, Row> rows(
            ModelMeta<T> model, QueryCore core, List<SelectItem> existing, Selector<?, ?>[] more) {
        QueryCore c = core;
        List<Expr> exprs = new ArrayList<>();
        for (Selector<?, ?> s : more) {
            LambdaBridge.Decoded d = LambdaBridge.selector(s, model);
            if (d.expr() == null) {
                throw new IllegalArgumentException(
                        "a row value must be a column or expression, not a constructor (" + d.source() + ")");
            }
            QueryCore.BoundExpr b = c.bindExpr(d.expr(), d.values());
            c = b.core();
            exprs.add(b.expr());
        }
        return new ProjectedQuery<>(model, c, new Projection.Rows(Projections.rowItems(existing, exprs)));
    }

    private ProjectedQuery<T, R> with(QueryCore c) {
        return new ProjectedQuery<>(model, c, projection);
    }

    /**
     * This query with a statement timeout: a statement of it still running after {@code timeout} is
     * cancelled on the server and fails with {@link DatabaseTimeoutException} ({@code waitedFor() ==
     * STATEMENT}); the connection stays usable. Overrides the database's {@code statementTimeout};
     * {@link java.time.Duration#ZERO} runs it without a limit.
     */
    public ProjectedQuery<T, R> timeout(Duration timeout) {
        return with(core.withTimeout(timeout));
    }

    /** Rows matching {@code predicate} (over the model); repeated calls AND together. */
    public ProjectedQuery<T, R> where(Filter<T> predicate) {
        LambdaBridge.Decoded d = LambdaBridge.filter(predicate, model);
        JoinOps.refuseAggregate(d, predicate, new Class<?>[] {model.modelClass()}, "where()");
        return with(core.where(d.expr(), d.values(), d.source()));
    }

    /** Rows on which {@code predicate} is false (as {@link Query#exclude}). */
    public ProjectedQuery<T, R> exclude(Filter<T> predicate) {
        LambdaBridge.Decoded d = LambdaBridge.filterOver(predicate, true, source -> false, model.modelClass());
        return with(core.exclude(d.expr(), d.values(), d.source()));
    }

    /** Rows matching an expression tree built in code; {@code values.get(i)} binds slot {@code i}. */
    ProjectedQuery<T, R> where(Expr predicate, List<?> values) {
        return with(core.where(predicate, values.toArray(), "expression"));
    }

    /** Rows whose {@code value} is among the results of {@code subquery}. */
    public <V> ProjectedQuery<T, R> whereIn(Selector<T, V> value, Subquery subquery) {
        return with(Query.in(core, model, value, subquery, false));
    }

    /** Rows whose {@code value} is not among the results of {@code subquery}. */
    public <V> ProjectedQuery<T, R> whereNotIn(Selector<T, V> value, Subquery subquery) {
        return with(Query.in(core, model, value, subquery, true));
    }

    /** Ascending order by each key in turn (keys read the model). */
    @SafeVarargs
    public final ProjectedQuery<T, R> orderBy(Selector<T, ?>... keys) {
        return with(Query.order(core, model, keys, false));
    }

    /** Descending order by each key in turn. */
    @SafeVarargs
    public final ProjectedQuery<T, R> orderByDesc(Selector<T, ?>... keys) {
        return with(Query.order(core, model, keys, true));
    }

    /** Only distinct results ({@code SELECT DISTINCT}); {@link #count()} counts the distinct results. */
    public ProjectedQuery<T, R> distinct() {
        return with(core.distinct());
    }

    /** At most {@code n} results. */
    public ProjectedQuery<T, R> limit(long n) {
        return with(core.limit(n));
    }

    /** Skips the first {@code n} results. */
    public ProjectedQuery<T, R> offset(long n) {
        return with(core.offset(n));
    }

    /**
     * {@link Row}s of what is selected so far followed by {@code more} (the seed's {@code also_select}).
     * Works on row and single-value selections; a constructor selection has no names to extend.
     */
    @SafeVarargs
    public final ProjectedQuery<T, Row> alsoSelect(Selector<T, ?>... more) {
        List<SelectItem> existing;
        if (projection instanceof Projection.Rows r) {
            existing = r.items();
        } else if (projection instanceof Projection.Scalar<R> s) {
            existing = Projections.rowItems(List.of(), List.of(s.expr()));
        } else {
            throw new IllegalStateException("alsoSelect() extends a row or single-value selection, not "
                    + projection.getClass().getSimpleName() + "; use selectRows(...)");
        }
        return rows(model, core, existing, more);
    }

    /** Every result. */
    public Future<List<R>> list() {
        return core.list(projection);
    }

    /** A back-pressured stream of results, read {@value Query#DEFAULT_FETCH_SIZE} rows at a time. */
    public QueryStream<R> stream() {
        return stream(Query.DEFAULT_FETCH_SIZE);
    }

    /** A back-pressured stream of results, read {@code fetchSize} rows at a time. */
    public QueryStream<R> stream(int fetchSize) {
        return core.stream(projection, fetchSize);
    }

    /** The first result by this query's order, else by the model's primary key; {@code null} when none. */
    public Future<R> first() {
        return core.first(projection);
    }

    /** The last result by this query's order (reversed), else by primary key; {@code null} when none. */
    public Future<R> last() {
        return core.last(projection);
    }

    /** The only result; {@link NotFoundException} / {@link MultipleResultsException} otherwise. */
    public Future<R> get() {
        return core.get(projection, false);
    }

    /** The only result or {@code null}; {@link MultipleResultsException} when several. */
    public Future<R> getOrNone() {
        return core.get(projection, true);
    }

    /** The number of results (honouring limit, offset, grouping and DISTINCT). */
    public Future<Long> count() {
        return core.countOf(toSelect());
    }

    /** Whether there is any result. */
    public Future<Boolean> exists() {
        return core.exists();
    }

    /** The projection this query reads rows into. */
    Projection<R> projection() {
        return projection;
    }

    /** The statement with its select list, as data. */
    Select toSelect() {
        return core.select().withItems(projection.items());
    }

    /** The SELECT this query runs, rendered by the database's dialect with its binds. */
    public String toSql() {
        return core.exec().describe(toSelect(), core.paramArray());
    }

    /** The statement as a subquery: its one column. */
    Select toSubselect() {
        if (projection.items().size() != 1) {
            throw new IllegalArgumentException("a subquery selects one column; this one selects "
                    + projection.items().size());
        }
        Select s = toSelect();
        return QueryCore.unorderedUnlessWindowed(s);
    }

    @Override
    public List<Object> parameters() {
        return core.params();
    }

    @Override
    public String toString() {
        return "ProjectedQuery[" + model.modelClass().getSimpleName() + " " + toSelect() + " " + core.params() + "]";
    }
}
