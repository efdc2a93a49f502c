package io.kakaorm;

import io.kakaorm.meta.ModelMeta;
import io.kakaorm.query.Projection;
import io.kakaorm.query.Select;
import io.vertx.core.Future;
import java.time.Duration;
import java.util.List;

/**
 * A query over three joined models, every lambda taking one row of each:
 *
 * <pre>{@code
 * List<CommentRow> rows = db.from(Post.class)
 *     .join(Author.class, (p, a) -> p.authorId.equals(a.id))
 *     .leftJoin(Comment.class, (p, a, c) -> c.postId.equals(p.id))
 *     .select((p, a, c) -> new CommentRow(p.title, a.name, c == null ? null : c.body))
 *     .list().await();
 * }</pre>
 *
 * In a {@link Query#leftJoin left} or {@link Query#rightJoin right} join the lambdas see {@code null} for
 * the model on the missing side, as Java would ({@code (p, a) -> a == null || …}), and {@link #list()}
 * returns it as {@code null}. Immutable, like {@link Query}.
 *
 * @param <A> the query's own model (source 0)
 * @param <B> the first joined model (source 1)
 * @param <C> the second joined model (source 2)
 */
public final class JoinQuery3<A, B, C> {
    private final ModelMeta<A> model;
    private final QueryCore core;

    JoinQuery3(ModelMeta<A> model, QueryCore core) {
        this.model = model;
        this.core = core;
    }

    private JoinQuery3<A, B, C> with(QueryCore c) {
        return new JoinQuery3<>(model, c);
    }

    /**
     * This query with a statement timeout: a statement of it still running after {@code timeout} is
     * cancelled on the server and fails with {@link DatabaseTimeoutException} ({@code waitedFor() ==
     * STATEMENT}); the connection stays usable. Overrides the database's {@code statementTimeout};
     * {@link java.time.Duration#ZERO} runs it without a limit.
     */
    public JoinQuery3<A, B, C> timeout(Duration timeout) {
        return with(core.withTimeout(timeout));
    }

    /** Joined rows matching {@code predicate}; repeated calls AND together. */
    public JoinQuery3<A, B, C> where(Filter3<A, B, C> predicate) {
        return with(JoinOps.where(core, predicate));
    }

    /** Joined rows NOT matching {@code predicate} (two-valued, as {@link Query#exclude}). */
    public JoinQuery3<A, B, C> exclude(Filter3<A, B, C> predicate) {
        return with(JoinOps.exclude(core, predicate));
    }

    /** Ascending order by each key in turn. */
    @SafeVarargs
    public final JoinQuery3<A, B, C> orderBy(Selector3<A, B, C, ?>... keys) {
        return with(JoinOps.order(core, keys, false));
    }

    /** Descending order by each key in turn. */
    @SafeVarargs
    public final JoinQuery3<A, B, C> orderByDesc(Selector3<A, B, C, ?>... keys) {
        return with(JoinOps.order(core, keys, true));
    }

    /** At most {@code n} rows. */
    public JoinQuery3<A, B, C> limit(long n) {
        return with(core.limit(n));
    }

    /** Skips the first {@code n} rows. */
    public JoinQuery3<A, B, C> offset(long n) {
        return with(core.offset(n));
    }

    /**
     * Groups the joined rows by the keys: from here {@link #select} takes keys and aggregates
     * ({@code Sql.count(), Sql.sum(…)}, …), {@link #having} filters groups, and {@link #list()} is refused.
     */
    @SafeVarargs
    public final JoinQuery3<A, B, C> groupBy(Selector3<A, B, C, ?>... keys) {
        return with(JoinOps.groupBy(core, keys));
    }

    /** Groups matching {@code predicate} over keys and aggregates; repeated calls AND together. */
    public JoinQuery3<A, B, C> having(Filter3<A, B, C> predicate) {
        return with(JoinOps.having(core, predicate));
    }

    /** Results built from each joined row (or group): a value, or a record through its constructor. */
    public <R> ProjectedQuery<A, R> select(Selector3<A, B, C, R> projection) {
        return JoinOps.select(model, core, projection);
    }

    /** {@link Row}s of the given values, keyed by column name. */
    @SafeVarargs
    public final ProjectedQuery<A, Row> selectRows(Selector3<A, B, C, ?>... columns) {
        return JoinOps.selectRows(model, core, columns);
    }

    @SuppressWarnings("unchecked")
    private Projection<Triple<A, B, C>> pairs() {
        return JoinOps.models(core, l -> new Triple<>((A) l.get(0), (B) l.get(1), (C) l.get(2)));
    }

    /** Every joined row as a triple of models (a missing side {@code null}). */
    public Future<List<Triple<A, B, C>>> list() {
        return core.list(pairs());
    }

    /** A back-pressured stream of the triples. */
    public QueryStream<Triple<A, B, C>> stream() {
        return core.stream(pairs(), Query.DEFAULT_FETCH_SIZE);
    }

    /** The first triple by this query's order, else by the first model's primary key; {@code null} when none. */
    public Future<Triple<A, B, C>> first() {
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
        return "JoinQuery3[" + core.select() + " " + core.params() + "]";
    }
}
