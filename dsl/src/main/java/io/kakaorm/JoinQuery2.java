package io.kakaorm;

import io.kakaorm.meta.ModelMeta;
import io.kakaorm.query.JoinKind;
import io.kakaorm.query.Projection;
import io.kakaorm.query.Select;
import io.vertx.core.Future;
import java.time.Duration;
import java.util.List;

/**
 * A query over two joined models, every lambda taking one row of each:
 *
 * <pre>{@code
 * List<PostRow> rows = db.from(Post.class)
 *     .join(Author.class, (p, a) -> p.authorId.equals(a.id))
 *     .where((p, a) -> p.published && a.name.startsWith("A"))
 *     .orderBy((p, a) -> a.name)
 *     .select((p, a) -> new PostRow(p.title, a.name))
 *     .list().await();
 * }</pre>
 *
 * In a {@link Query#leftJoin left} or {@link Query#rightJoin right} join the lambdas see {@code null} for
 * the model on the missing side, as Java would ({@code (p, a) -> a == null || …}), and {@link #list()}
 * returns it as {@code null}. Immutable, like {@link Query}.
 *
 * @param <A> the query's own model (source 0)
 * @param <B> the joined model (source 1)
 */
public final class JoinQuery2<A, B> {
    private final ModelMeta<A> model;
    private final QueryCore core;

    JoinQuery2(ModelMeta<A> model, QueryCore core) {
        this.model = model;
        this.core = core;
    }

    private JoinQuery2<A, B> with(QueryCore c) {
        return new JoinQuery2<>(model, c);
    }

    /**
     * This query with a statement timeout: a statement of it still running after {@code timeout} is
     * cancelled on the server and fails with {@link DatabaseTimeoutException} ({@code waitedFor() ==
     * STATEMENT}); the connection stays usable. Overrides the database's {@code statementTimeout};
     * {@link java.time.Duration#ZERO} runs it without a limit.
     */
    public JoinQuery2<A, B> timeout(Duration timeout) {
        return with(core.withTimeout(timeout));
    }

    /** Joined rows matching {@code predicate}; repeated calls AND together. */
    public JoinQuery2<A, B> where(Filter2<A, B> predicate) {
        return with(JoinOps.where(core, predicate));
    }

    /** Joined rows NOT matching {@code predicate} (two-valued, as {@link Query#exclude}). */
    public JoinQuery2<A, B> exclude(Filter2<A, B> predicate) {
        return with(JoinOps.exclude(core, predicate));
    }

    /** Ascending order by each key in turn. */
    @SafeVarargs
    public final JoinQuery2<A, B> orderBy(Selector2<A, B, ?>... keys) {
        return with(JoinOps.order(core, keys, false));
    }

    /** Descending order by each key in turn. */
    @SafeVarargs
    public final JoinQuery2<A, B> orderByDesc(Selector2<A, B, ?>... keys) {
        return with(JoinOps.order(core, keys, true));
    }

    /** At most {@code n} rows. */
    public JoinQuery2<A, B> limit(long n) {
        return with(core.limit(n));
    }

    /** Skips the first {@code n} rows. */
    public JoinQuery2<A, B> offset(long n) {
        return with(core.offset(n));
    }

    /** Inner join of a third model. */
    public <C> JoinQuery3<A, B, C> join(Class<C> joined, Filter3<A, B, C> on) {
        return new JoinQuery3<>(model, JoinOps.join(core, JoinKind.INNER, joined, on));
    }

    /** Left join of a third model: rows without a match keep the others, the third model {@code null}. */
    public <C> JoinQuery3<A, B, C> leftJoin(Class<C> joined, Filter3<A, B, C> on) {
        return new JoinQuery3<>(model, JoinOps.join(core, JoinKind.LEFT, joined, on));
    }

    /** Right join of a third model: every row of it, the models before {@code null} where nothing matches. */
    public <C> JoinQuery3<A, B, C> rightJoin(Class<C> joined, Filter3<A, B, C> on) {
        return new JoinQuery3<>(model, JoinOps.join(core, JoinKind.RIGHT, joined, on));
    }

    /**
     * Inner join of a named subquery ({@link Cte}) as the third table, read like a table of its model:
     * {@code db.from(Department.class).join(Employee.class, …).join(highEarners, (d, e, h) -> h.id.equals(e.id))}.
     */
    public <C> JoinQuery3<A, B, C> join(Cte<C> cte, Filter3<A, B, C> on) {
        return new JoinQuery3<>(model, cte.joinTo(core, JoinKind.INNER, on));
    }

    /** Left join of a named subquery ({@link Cte}) as the third table: its row is {@code null} where nothing matches. */
    public <C> JoinQuery3<A, B, C> leftJoin(Cte<C> cte, Filter3<A, B, C> on) {
        return new JoinQuery3<>(model, cte.joinTo(core, JoinKind.LEFT, on));
    }

    /**
     * Groups the joined rows by the keys: from here {@link #select} takes keys and aggregates
     * ({@code Sql.count(), Sql.sum(…)}, …), {@link #having} filters groups, and {@link #list()} is refused.
     */
    @SafeVarargs
    public final JoinQuery2<A, B> groupBy(Selector2<A, B, ?>... keys) {
        return with(JoinOps.groupBy(core, keys));
    }

    /** Groups matching {@code predicate} over keys and aggregates; repeated calls AND together. */
    public JoinQuery2<A, B> having(Filter2<A, B> predicate) {
        return with(JoinOps.having(core, predicate));
    }

    /** Results built from each joined row (or group): a value, or a record through its constructor. */
    public <R> ProjectedQuery<A, R> select(Selector2<A, B, R> projection) {
        return JoinOps.select(model, core, projection);
    }

    /** {@link Row}s of the given values, keyed by column name. */
    @SafeVarargs
    public final ProjectedQuery<A, Row> selectRows(Selector2<A, B, ?>... columns) {
        return JoinOps.selectRows(model, core, columns);
    }

    @SuppressWarnings("unchecked")
    private Projection<Pair<A, B>> pairs() {
        return JoinOps.models(core, l -> new Pair<>((A) l.get(0), (B) l.get(1)));
    }

    /** Every joined row as a pair of models (a missing side {@code null}). */
    public Future<List<Pair<A, B>>> list() {
        return core.list(pairs());
    }

    /** A back-pressured stream of the pairs. */
    public QueryStream<Pair<A, B>> stream() {
        return core.stream(pairs(), Query.DEFAULT_FETCH_SIZE);
    }

    /** The first pair by this query's order, else by the first model's primary key; {@code null} when none. */
    public Future<Pair<A, B>> first() {
        return core.first(pairs());
    }

    /** The number of joined rows (groups, when grouped), honouring limit and offset. */
    public Future<Long> count() {
        return core.count();
    }

    /** Whether any joined row (group) matches. */
    public Future<Boolean> exists() {
        return core.exists();
    }

    /** The statement, as data (select list empty: every column of both models). */
    Select toSelect() {
        return core.select();
    }

    /** The SELECT {@link #list()} runs, rendered by the database's dialect with its binds. */
    public String toSql() {
        return core.exec().describe(core.select(), core.paramArray());
    }

    @Override
    public String toString() {
        return "JoinQuery2[" + core.select() + " " + core.params() + "]";
    }
}
