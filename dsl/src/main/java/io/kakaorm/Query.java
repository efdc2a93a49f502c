package io.kakaorm;

import io.kakaorm.expr.ColumnRef;
import io.kakaorm.expr.Expr;
import io.kakaorm.expr.Function;
import io.kakaorm.expr.InSubquery;
import io.kakaorm.expr.Param;
import io.kakaorm.meta.ColumnMeta;
import io.kakaorm.meta.ModelMeta;
import io.kakaorm.query.Assignment;
import io.kakaorm.query.Delete;
import io.kakaorm.query.InsertSelect;
import io.kakaorm.query.JoinKind;
import io.kakaorm.query.Projection;
import io.kakaorm.query.Select;
import io.kakaorm.query.SelectItem;
import io.kakaorm.query.Update;
import io.kakaorm.relation.Prefetcher;
import io.kakaorm.relation.Relation;
import io.kakaorm.spi.QueryAccess;
import io.kakaorm.spi.QueryExecutor;
import io.vertx.core.Future;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * A query over one model's table (the seed's QuerySet). Immutable: every method returns a new query,
 * and nothing runs until a terminal method ({@link #list()}, {@link #first()}, {@link #count()}, …)
 * returns its {@link Future}.
 *
 * <pre>{@code
 * List<Post> posts = db.from(Post.class)
 *     .where(p -> p.published && p.views >= min)
 *     .orderByDesc(p -> p.views).limit(10).offset(20)
 *     .list().await();
 * }</pre>
 *
 * Lambdas are decoded into SQL with the meaning Java gives them (see the README's filter operators);
 * captured values are bound as parameters.
 *
 * <p>A relation path ({@code p.author.get().name}, a {@code belongsTo} or a {@code hasOne} with exactly one
 * row) may appear in any lambda. Where Java's {@code get()} is {@code null}, a filter does not select the row,
 * and a value read ({@link #select}, {@link #orderBy}, aggregates, group keys, {@link #update(Consumer)},
 * {@link #insertInto}) fails the {@code Future} with {@link MissingRelatedRowException} on the rows Java would
 * read it on (see the README's relation paths).
 *
 * @param <T> the model
 */
public final class Query<T> implements Subquery {
    /** Rows read per round trip by {@link #stream()}. */
    public static final int DEFAULT_FETCH_SIZE = 256;

    private final ModelMeta<T> model;
    private final QueryCore core;
    private final List<Prefetcher.Step<T>> prefetches;

    static {
        QueryAccess.install(new Door());
    }

    private Query(ModelMeta<T> model, QueryCore core) {
        this(model, core, List.of());
    }

    private Query(ModelMeta<T> model, QueryCore core, List<Prefetcher.Step<T>> prefetches) {
        this.model = model;
        this.core = core;
        this.prefetches = prefetches;
    }

    /** See {@link QueryAccess#from}. */
    static <T> Query<T> from(Class<T> model, QueryExecutor executor) {
        ModelMeta<T> meta = ModelMeta.of(model);
        return new Query<>(meta, QueryCore.of(meta, executor));
    }

    private Query<T> with(QueryCore c) {
        return new Query<>(model, c, prefetches);
    }

    /**
     * This query with a statement timeout: a statement of it still running after {@code timeout} is
     * cancelled on the server and fails with {@link DatabaseTimeoutException} ({@code waitedFor() ==
     * STATEMENT}); the connection stays usable. Overrides the database's {@code statementTimeout};
     * {@link java.time.Duration#ZERO} runs it without a limit.
     */
    public Query<T> timeout(Duration timeout) {
        return with(core.withTimeout(timeout));
    }

    /** A query over {@code table} (a named subquery's view of the model) with state {@code core}. */
    static <T> Query<T> over(ModelMeta<T> table, QueryCore core) {
        return new Query<>(table, core);
    }

    /** This query's state (for {@link Cte}). */
    QueryCore core() {
        return core;
    }

    // ---- eager loading

    /**
     * Loads each relation for the whole result with one more query each ({@code IN} over the result's
     * keys, split only where the database's bind-parameter limit requires), so that {@code get()} on
     * the relations of every result instance answers without a query:
     * {@code db.from(Post.class).prefetch(p -> p.author, p -> p.comments).list()}.
     * Applies to {@link #list()}, {@link #first()}, {@link #last()}, {@link #get()} and {@link #getOrNone()}.
     */
    @SafeVarargs
    // checkstyle:allow-fqn
    public final Query<T> prefetch(java.util.function.Function<? super T, ? extends Relation<?, ?>>... relations) {
        List<Prefetcher.Step<T>> steps = new ArrayList<>(prefetches);
        for (java.util.function.Function<? super T, ? extends Relation<?, ?>> r : relations) { // checkstyle:allow-fqn
            steps.add(new Prefetcher.Step<>(Objects.requireNonNull(r, "relation"), q -> q));
        }
        return new Query<>(model, core, List.copyOf(steps));
    }

    /**
     * Prefetches one relation through a refined query of the related rows: a filter and order
     * ({@code q -> q.where(c -> c.published).orderBy(c -> c.id)}) or nested prefetches
     * ({@code q -> q.prefetch(a -> a.country)}). Limit and offset are refused (they would cut across
     * owners).
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <R extends Model<R>> Query<T> prefetchWith(
            // checkstyle:allow-fqn
            java.util.function.Function<? super T, ? extends Relation<R, ?>> relation, UnaryOperator<Query<R>> refine) {
        Objects.requireNonNull(refine, "refine");
        List<Prefetcher.Step<T>> steps = new ArrayList<>(prefetches);
        steps.add(new Prefetcher.Step<>(Objects.requireNonNull(relation, "relation"), (UnaryOperator) refine));
        return new Query<>(model, core, List.copyOf(steps));
    }

    // ---- filtering and shaping ----

    /** Rows matching {@code predicate}; repeated calls AND together. */
    public Query<T> where(Filter<T> predicate) {
        LambdaBridge.Decoded d = LambdaBridge.filter(predicate, model);
        JoinOps.refuseAggregate(d, predicate, new Class<?>[] {model.modelClass()}, "where()");
        return with(core.where(d.expr(), d.values(), d.source()));
    }

    /**
     * Rows on which {@code predicate} is false, as Java computes it (two-valued: a comparison with a null
     * value it tests is false); a row on which Java would throw NullPointerException is in neither
     * {@code where} nor {@code exclude}.
     */
    public Query<T> exclude(Filter<T> predicate) {
        LambdaBridge.Decoded d = LambdaBridge.filterOver(predicate, true, source -> false, model.modelClass());
        JoinOps.refuseAggregate(d, predicate, new Class<?>[] {model.modelClass()}, "exclude()");
        return with(core.exclude(d.expr(), d.values(), d.source()));
    }

    /** See {@link QueryAccess#where}. */
    Query<T> where(Expr predicate, List<?> values) {
        return with(core.where(predicate, values.toArray(), "expression"));
    }

    /** Rows whose {@code value} is among the single column of {@code subquery} ({@code IN (SELECT …)}). */
    public <V> Query<T> whereIn(Selector<T, V> value, Subquery subquery) {
        return with(in(core, model, value, subquery, false));
    }

    /** Rows whose {@code value} is not among the results of {@code subquery} ({@code NOT IN (SELECT …)}). */
    public <V> Query<T> whereNotIn(Selector<T, V> value, Subquery subquery) {
        return with(in(core, model, value, subquery, true));
    }

    static QueryCore in(QueryCore core, ModelMeta<?> model, Selector<?, ?> value, Subquery sub, boolean negated) {
        LambdaBridge.Decoded d = LambdaBridge.selector(value, model);
        if (d.expr() == null) {
            throw new IllegalArgumentException("IN needs a value, not a constructor (" + d.source() + ")");
        }
        Object[] values = new Object[d.values().length + sub.parameters().size()];
        System.arraycopy(d.values(), 0, values, 0, d.values().length);
        for (int i = 0; i < sub.parameters().size(); i++) {
            values[d.values().length + i] = sub.parameters().get(i);
        }
        Expr in = new InSubquery(d.expr(), ParamBinder.subselect(sub), d.values().length, negated);
        return core.where(in, values, (negated ? "not in " : "in ") + d.source());
    }

    /** Ascending order by each key in turn; repeated calls add keys after the existing ones. */
    @SafeVarargs
    public final Query<T> orderBy(Selector<T, ?>... keys) {
        return with(order(core, model, keys, false));
    }

    /** Descending order by each key in turn; repeated calls add keys after the existing ones. */
    @SafeVarargs
    public final Query<T> orderByDesc(Selector<T, ?>... keys) {
        return with(order(core, model, keys, true));
    }

    static QueryCore order(QueryCore core, ModelMeta<?> model, Selector<?, ?>[] keys, boolean desc) {
        QueryCore c = core;
        for (Selector<?, ?> k : keys) {
            LambdaBridge.Decoded d = LambdaBridge.selector(k, model);
            if (d.expr() == null) {
                throw new IllegalArgumentException("order by a value, not a constructor (" + d.source() + ")");
            }
            c = c.orderBy(d.expr(), d.values(), desc);
        }
        return c;
    }

    /** At most {@code n} rows. */
    public Query<T> limit(long n) {
        return with(core.limit(n));
    }

    /** Skips the first {@code n} rows (valid without a limit on every database). */
    public Query<T> offset(long n) {
        return with(core.offset(n));
    }

    // ---- joins and grouping ----

    /** Inner join of {@code joined} on a condition over both rows: {@code (p, a) -> p.authorId.equals(a.id)}. */
    public <B> JoinQuery2<T, B> join(Class<B> joined, Filter2<T, B> on) {
        return new JoinQuery2<>(model, JoinOps.join(core, JoinKind.INNER, joined, on));
    }

    /**
     * Left join: every row of this query, the joined model {@code null} (in lambdas and results) where
     * nothing matches.
     */
    public <B> JoinQuery2<T, B> leftJoin(Class<B> joined, Filter2<T, B> on) {
        return new JoinQuery2<>(model, JoinOps.join(core, JoinKind.LEFT, joined, on));
    }

    /** Right join: every row of {@code joined}, this query's model {@code null} where nothing matches. */
    public <B> JoinQuery2<T, B> rightJoin(Class<B> joined, Filter2<T, B> on) {
        return new JoinQuery2<>(model, JoinOps.join(core, JoinKind.RIGHT, joined, on));
    }

    /**
     * Inner join of a named subquery ({@link Cte}), read like a table of its model:
     * {@code db.from(Department.class).join(highEarners, (d, e) -> e.deptId == d.id)}.
     */
    public <B> JoinQuery2<T, B> join(Cte<B> cte, Filter2<T, B> on) {
        return new JoinQuery2<>(model, cte.joinTo(core, JoinKind.INNER, on));
    }

    /** Left join of a named subquery ({@link Cte}): its row is {@code null} where nothing matches. */
    public <B> JoinQuery2<T, B> leftJoin(Cte<B> cte, Filter2<T, B> on) {
        return new JoinQuery2<>(model, cte.joinTo(core, JoinKind.LEFT, on));
    }

    /** Groups the rows by the keys; see {@link GroupedQuery}. */
    @SafeVarargs
    public final GroupedQuery<T> groupBy(Selector<T, ?>... keys) {
        if (core.select().limit() != null || core.select().offset() != null) {
            throw new IllegalStateException("groupBy() before limit/offset: they count groups");
        }
        return new GroupedQuery<>(model, JoinOps.groupBy(core, keys));
    }

    // ---- projections ----

    /**
     * Results built from each row by {@code projection}: a single value ({@code p -> p.title}) or a
     * record/class through its constructor ({@code p -> new TitleViews(p.title, p.views)}). Never
     * half-filled models.
     */
    public <R> ProjectedQuery<T, R> select(Selector<T, R> projection) {
        return ProjectedQuery.of(model, core, LambdaBridge.selector(projection, model));
    }

    /** {@link Row}s of the given values, keyed by column name (the seed's {@code select(Post.title, …)} dicts). */
    @SafeVarargs
    public final ProjectedQuery<T, Row> selectRows(Selector<T, ?>... columns) {
        return ProjectedQuery.rows(model, core, List.of(), columns);
    }

    /** {@link Row}s of every column of the model followed by {@code more} (the seed's {@code also_select}). */
    @SafeVarargs
    public final ProjectedQuery<T, Row> alsoSelect(Selector<T, ?>... more) {
        List<SelectItem> all = Projections.rowItems(
                List.of(),
                model.columns().stream().map(c -> (Expr) new ColumnRef(c)).toList());
        return ProjectedQuery.rows(model, core, all, more);
    }

    // ---- terminal operations ----

    /** Every matching model. */
    public Future<List<T>> list() {
        String site = Prefetcher.callSite(model.modelClass());
        return Prefetcher.after(core.list(new Projection.Model<>(model)), prefetches, site);
    }

    /** A back-pressured stream of the matching models, read {@value #DEFAULT_FETCH_SIZE} rows at a time. */
    public QueryStream<T> stream() {
        return stream(DEFAULT_FETCH_SIZE);
    }

    /** A back-pressured stream of the matching models, read {@code fetchSize} rows at a time from the database. */
    public QueryStream<T> stream(int fetchSize) {
        if (!prefetches.isEmpty()) {
            throw new IllegalStateException("stream() does not prefetch; use list(), or load relations per row");
        }
        return core.stream(new Projection.Model<>(model), fetchSize);
    }

    /** The first model by this query's order, else by primary key; {@code null} when none matches. */
    public Future<T> first() {
        return Prefetcher.afterOne(
                core.first(new Projection.Model<>(model)), prefetches, Prefetcher.callSite(model.modelClass()));
    }

    /** The last model by this query's order (reversed), else the highest primary key; {@code null} when none. */
    public Future<T> last() {
        return Prefetcher.afterOne(
                core.last(new Projection.Model<>(model)), prefetches, Prefetcher.callSite(model.modelClass()));
    }

    /**
     * The only matching model; fails with {@link NotFoundException} or {@link MultipleResultsException}
     * naming the model, where the predicates were written and the SQL.
     */
    public Future<T> get() {
        return Prefetcher.afterOne(
                core.get(new Projection.Model<>(model), false), prefetches, Prefetcher.callSite(model.modelClass()));
    }

    /** The only matching model, or {@code null}; fails with {@link MultipleResultsException} when several match. */
    public Future<T> getOrNone() {
        return Prefetcher.afterOne(
                core.get(new Projection.Model<>(model), true), prefetches, Prefetcher.callSite(model.modelClass()));
    }

    /** The number of matching rows (honouring limit and offset). */
    public Future<Long> count() {
        return core.count();
    }

    /** Whether any row matches. */
    public Future<Boolean> exists() {
        return core.exists();
    }

    /** {@code SUM} of a whole-number value; {@code null} when no row matches. */
    public Future<Long> sum(Selector<T, ? extends Number> value) {
        return aggregateOf("sum", Function.SUM, value, Long.class);
    }

    /** {@code SUM} of a floating-point value; {@code null} when no row matches. */
    public Future<Double> sumDouble(Selector<T, ? extends Number> value) {
        return aggregateOf("sumDouble", Function.SUM, value, Double.class);
    }

    /** {@code SUM} of a decimal value; {@code null} when no row matches. */
    public Future<BigDecimal> sumDecimal(Selector<T, BigDecimal> value) {
        return aggregateOf("sumDecimal", Function.SUM, value, BigDecimal.class);
    }

    /** {@code AVG} as a {@code Double}; {@code null} when no row matches. */
    public Future<Double> avg(Selector<T, ? extends Number> value) {
        return aggregateOf("avg", Function.AVG, value, Double.class);
    }

    /** {@code MAX}, of the value's own type; {@code null} when no row matches. */
    public <V> Future<V> max(Selector<T, V> value) {
        return aggregateOf("max", Function.MAX, value, null);
    }

    /** {@code MIN}, of the value's own type; {@code null} when no row matches. */
    public <V> Future<V> min(Selector<T, V> value) {
        return aggregateOf("min", Function.MIN, value, null);
    }

    @SuppressWarnings("unchecked")
    private <V> Future<V> aggregateOf(String what, Function fn, Selector<T, ?> value, Class<?> type) {
        LambdaBridge.Decoded d = LambdaBridge.selector(value, model);
        if (d.expr() == null) {
            throw new IllegalArgumentException(what + "() of a constructed object (" + d.source() + ")");
        }
        if (fn == Function.SUM
                && type == Long.class
                && d.expr().type() != null
                && !d.expr().type().isInteger()) {
            throw new IllegalArgumentException("sum() is for whole numbers; use sumDouble() or sumDecimal() for "
                    + d.expr().type() + " (" + d.source() + ")");
        }
        QueryCore.BoundExpr b = core.bindExpr(Aggregation.call(fn, d.expr()), d.values());
        Class<V> t = (Class<V>) (type != null ? type : Projections.javaType(d.expr(), d.valueType()));
        return b.core().scalar(what, b.expr(), t);
    }

    /**
     * Several aggregates in one statement, as one {@link Row} keyed by the given names:
     * {@code aggregate(a -> a.sum("total", p -> p.views).count("n"))}.
     */
    public Future<Row> aggregate(Consumer<Aggregation<T>> spec) {
        Aggregation<T> a = new Aggregation<>(model);
        spec.accept(a);
        if (a.items().isEmpty()) {
            throw new IllegalArgumentException("aggregate() needs at least one aggregate");
        }
        QueryCore c = core;
        List<SelectItem> items = new ArrayList<>();
        for (Aggregation.Item i : a.items()) {
            QueryCore.BoundExpr b = c.bindExpr(i.call(), i.values());
            c = b.core();
            items.add(new SelectItem(b.expr(), i.name()));
        }
        Projection.Rows rows = new Projection.Rows(items);
        Select s = QueryCore.unorderedUnlessWindowed(c.select()).withItems(items);
        return c.exec().list(s, c.paramArray(), rows).map(r -> r.get(0));
    }

    /** DELETEs every matching row; returns how many. Refused with limit/offset/order. */
    public Future<Integer> delete() {
        if (model.softDeleteColumn() != null) { // a SoftDeleteModel: logical
            return setDeletedAt(OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS), "delete");
        }
        if (model.variant() == ModelMeta.Variant.MAIN && model.archiveTable() != null) { // an ArchiveModel: moved
            refuseShaped("delete");
            return core.exec().move(core.select(), model.archiveTable(), core.paramArray());
        }
        refuseShaped("delete");
        return core.exec().delete(new Delete(model, core.select().where()), core.paramArray());
    }

    // ---- soft delete (SoftDeleteModel)

    /** This query over deleted and live rows alike (a {@link SoftDeleteModel} only). */
    public Query<T> includeDeleted() {
        if (archived() != null) {
            return over(archived().unionView());
        }
        ColumnMeta c = SoftDeleteScope.column(model, "includeDeleted");
        return with(core.withSelect(
                core.select().withWhere(SoftDeleteScope.rescope(core.select().where(), c, null))));
    }

    /** This query over deleted rows only (a {@link SoftDeleteModel} only). */
    public Query<T> onlyDeleted() {
        if (archived() != null) {
            return over(archived().archiveTable());
        }
        ColumnMeta c = SoftDeleteScope.column(model, "onlyDeleted");
        return with(core.withSelect(core.select()
                .withWhere(SoftDeleteScope.rescope(core.select().where(), c, SoftDeleteScope.deleted(c)))));
    }

    /** Clears {@code deleted_at} of every matching row ({@code onlyDeleted().restore()}); returns how many. */
    public Future<Integer> restore() {
        if (archived() != null) {
            if (model.variant() != ModelMeta.Variant.ARCHIVE) {
                throw new IllegalStateException("restore() of an ArchiveModel moves rows back from its archive table:"
                        + " call it on onlyDeleted()");
            }
            refuseShaped("restore");
            return core.exec().move(core.select(), archived(), core.paramArray());
        }
        return setDeletedAt(null, "restore");
    }

    /** For an ArchiveModel (any variant), the metadata of its main table; else {@code null}. */
    private ModelMeta<T> archived() {
        ModelMeta<T> main = ModelMeta.of(model.modelClass());
        return main.archiveTable() != null ? main : null;
    }

    /** This query over another table variant of the same ArchiveModel. */
    private Query<T> over(ModelMeta<T> table) {
        Select s = core.select();
        return new Query<>(
                table,
                core.withSelect(new Select(table, s.items(), s.where(), s.orderBy(), s.limit(), s.offset())),
                prefetches);
    }

    /**
     * Physically DELETEs every matching row (usually {@code onlyDeleted().purge()}); returns how many.
     * Hooks are not called.
     */
    public Future<Integer> purge() {
        if (archived() != null && model.variant() != ModelMeta.Variant.ARCHIVE) {
            throw new IllegalStateException(
                    "purge() of an ArchiveModel deletes archived rows: call it on onlyDeleted()");
        }
        if (archived() == null) {
            SoftDeleteScope.column(model, "purge");
        }
        refuseShaped("purge");
        return core.exec().delete(new Delete(model, core.select().where()), core.paramArray());
    }

    private Future<Integer> setDeletedAt(OffsetDateTime value, String what) {
        ColumnMeta c = SoftDeleteScope.column(model, what);
        refuseShaped(what);
        List<Object> params = new ArrayList<>(core.params());
        Assignment set = new Assignment(c, new Param(params.size(), c.type()));
        params.add(value);
        return core.exec().update(new Update(model, List.of(set), core.select().where()), params.toArray());
    }

    /** Sets {@code column} to {@code value} in every matching row; returns how many rows changed. */
    public <V> Future<Integer> update(Selector<T, V> column, V value) {
        return update(c -> c.set(column, value));
    }

    /**
     * Sets values in every matching row: constants ({@code c.set(p -> p.views, 0)}) and values computed
     * from the row ({@code c.setTo(p -> p.views, p -> p.views + 1)}); returns how many rows changed.
     */
    public Future<Integer> update(Consumer<Changes<T>> changes) {
        Planned<Update> u = updateStatement(changes);
        return core.exec().update(u.statement(), u.params());
    }

    /** A write statement and the values of its parameter slots. */
    private record Planned<S>(S statement, Object[] params) {}

    private Planned<Update> updateStatement(Consumer<Changes<T>> changes) {
        refuseShaped("update");
        Changes<T> ch = new Changes<>(model);
        changes.accept(ch);
        Map<ColumnMeta, Object> values = ch.values();
        if (values.isEmpty()) {
            throw new IllegalArgumentException("update() needs at least one set(...)");
        }
        List<Object> params = new ArrayList<>(core.params());
        List<Assignment> set = new ArrayList<>();
        for (Map.Entry<ColumnMeta, Object> e : values.entrySet()) {
            if (e.getValue() instanceof Changes.Computed computed) {
                set.add(new Assignment(e.getKey(), ParamBinder.bind(computed.expr(), computed.values(), params)));
                continue;
            }
            set.add(new Assignment(
                    e.getKey(), new Param(params.size(), e.getKey().type())));
            params.add(e.getValue());
        }
        return new Planned<>(new Update(model, set, core.select().where()), params.toArray());
    }

    /**
     * INSERT … SELECT: copies every matching row into {@code target}, each target column filled from the
     * row as {@code columns} says ({@code c -> c.set(a -> a.title, p -> p.title)}); returns how many rows
     * were inserted. See {@link Inserts}.
     */
    public <A> Future<Integer> insertInto(Class<A> target, Consumer<Inserts<A, T>> columns) {
        Planned<InsertSelect> i = insertStatement(target, columns);
        return core.exec().insertSelect(i.statement(), i.params());
    }

    private <A> Planned<InsertSelect> insertStatement(Class<A> target, Consumer<Inserts<A, T>> columns) {
        Inserts<A, T> ins = new Inserts<>(ModelMeta.of(target), model);
        columns.accept(ins);
        if (ins.items().isEmpty()) {
            throw new IllegalArgumentException("insertInto() needs at least one set(...)");
        }
        QueryCore c = core;
        List<ColumnMeta> cols = new ArrayList<>();
        List<SelectItem> items = new ArrayList<>();
        for (Inserts.Item i : ins.items()) {
            QueryCore.BoundExpr b = c.bindExpr(i.value(), i.values());
            c = b.core();
            cols.add(i.column());
            items.add(new SelectItem(b.expr(), null));
        }
        InsertSelect statement =
                new InsertSelect(ModelMeta.of(target), cols, c.select().withItems(items));
        return new Planned<>(statement, c.paramArray());
    }

    private void refuseShaped(String what) {
        Select s = core.select();
        if (s.limit() != null || s.offset() != null || !s.orderBy().isEmpty()) {
            throw new IllegalStateException(what + "() of " + model.modelClass().getSimpleName()
                    + " with limit/offset/orderBy is not supported: filter with where() only");
        }
    }

    // ---- inspection ----

    /** The SELECT this query runs for {@link #list()}, rendered by the database's dialect with its binds. */
    public String toSql() {
        return core.exec().describe(core.select().withItems(new Projection.Model<>(model).items()), core.paramArray());
    }

    /**
     * The UPDATE that {@link #update(Consumer)} with {@code changes} would run, rendered with its binds; not
     * run (a {@code @Version} column moves on as it would).
     */
    public String toUpdateSql(Consumer<Changes<T>> changes) {
        Planned<Update> u = updateStatement(changes);
        return core.exec().describe(u.statement(), u.params());
    }

    /**
     * The DELETE that {@link #delete()} would run, rendered with its binds; not run. Refused for a
     * {@code SoftDeleteModel} or {@code ArchiveModel}, whose delete() is an UPDATE or a move.
     */
    public String toDeleteSql() {
        if (model.softDeleteColumn() != null
                || model.variant() == ModelMeta.Variant.MAIN && model.archiveTable() != null) {
            throw new IllegalStateException(
                    "toDeleteSql() of " + model.modelClass().getSimpleName() + ": its delete() "
                            + "is not a DELETE (a SoftDeleteModel sets deleted_at, an ArchiveModel moves rows); see purge()");
        }
        refuseShaped("delete");
        return core.exec().describe(new Delete(model, core.select().where()), core.paramArray());
    }

    /** The INSERT … SELECT that {@link #insertInto} with these arguments would run, rendered with its binds; not run. */
    public <A> String toInsertSql(Class<A> target, Consumer<Inserts<A, T>> columns) {
        Planned<InsertSelect> i = insertStatement(target, columns);
        return core.exec().describe(i.statement(), i.params());
    }

    /** The statement, as data (select list empty: every column). */
    Select toSelect() {
        return core.select();
    }

    /** The model queried. */
    public Class<T> modelClass() {
        return model.modelClass();
    }

    /** The statement as a subquery: the primary key column. */
    Select toSubselect() {
        Select s = core.select().withItems(List.of(new SelectItem(new ColumnRef(model.primaryKey()), null)));
        return QueryCore.unorderedUnlessWindowed(s);
    }

    @Override
    public List<Object> parameters() {
        return core.params();
    }

    @Override
    public String toString() {
        return "Query[" + model.modelClass().getSimpleName() + " " + core.select() + " " + core.params() + "]";
    }

    /** {@link QueryAccess}'s way in. */
    private static final class Door implements QueryAccess.Door {
        @Override
        public <T> Query<T> from(Class<T> model, QueryExecutor executor) {
            return Query.from(model, executor);
        }

        @Override
        public <T> Query<T> where(Query<T> query, Expr predicate, List<?> values) {
            return query.where(predicate, values);
        }

        @Override
        public Select select(Query<?> query) {
            return query.toSelect();
        }
    }
}
