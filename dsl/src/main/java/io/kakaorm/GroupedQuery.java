package io.kakaorm;

import io.kakaorm.meta.ModelMeta;
import io.kakaorm.query.Select;
import io.vertx.core.Future;
import java.time.Duration;

/**
 * A query of one model grouped by keys ({@link Query#groupBy}): its results are built from group keys and
 * aggregates ({@code Sql.count(), Sql.sum(…), …}), never models.
 *
 * <pre>{@code
 * record AuthorStats(Long authorId, long posts, long views) {}
 * List<AuthorStats> stats = db.from(Post.class)
 *     .groupBy(p -> p.authorId)
 *     .having(p -> count() >= 2 && sum(p.views) >= 1000)
 *     .orderByDesc(p -> count())
 *     .select(p -> new AuthorStats(p.authorId, count(), sum(p.views)))
 *     .list().await();
 * }</pre>
 *
 * A column that is neither a key nor inside an aggregate is refused with the lambda's source line.
 * Immutable, like {@link Query}.
 *
 * @param <T> the model
 */
public final class GroupedQuery<T> {
    private final ModelMeta<T> model;
    private final QueryCore core;

    GroupedQuery(ModelMeta<T> model, QueryCore core) {
        this.model = model;
        this.core = core;
    }

    private GroupedQuery<T> with(QueryCore c) {
        return new GroupedQuery<>(model, c);
    }

    /**
     * This query with a statement timeout: a statement of it still running after {@code timeout} is
     * cancelled on the server and fails with {@link DatabaseTimeoutException} ({@code waitedFor() ==
     * STATEMENT}); the connection stays usable. Overrides the database's {@code statementTimeout};
     * {@link java.time.Duration#ZERO} runs it without a limit.
     */
    public GroupedQuery<T> timeout(Duration timeout) {
        return with(core.withTimeout(timeout));
    }

    /** Rows (before grouping) matching {@code predicate}. */
    public GroupedQuery<T> where(Filter<T> predicate) {
        return with(JoinOps.where(core, predicate));
    }

    /** Groups matching {@code predicate} over keys and aggregates; repeated calls AND together. */
    public GroupedQuery<T> having(Filter<T> predicate) {
        return with(JoinOps.having(core, predicate));
    }

    /** Ascending order by keys or aggregates. */
    @SafeVarargs
    public final GroupedQuery<T> orderBy(Selector<T, ?>... keys) {
        return with(JoinOps.order(core, keys, false));
    }

    /** Descending order by keys or aggregates. */
    @SafeVarargs
    public final GroupedQuery<T> orderByDesc(Selector<T, ?>... keys) {
        return with(JoinOps.order(core, keys, true));
    }

    /** At most {@code n} groups. */
    public GroupedQuery<T> limit(long n) {
        return with(core.limit(n));
    }

    /** Skips the first {@code n} groups. */
    public GroupedQuery<T> offset(long n) {
        return with(core.offset(n));
    }

    /** One result per group, built from keys and aggregates: a value or a record through its constructor. */
    public <R> ProjectedQuery<T, R> select(Selector<T, R> projection) {
        return JoinOps.select(model, core, projection);
    }

    /** One {@link Row} per group of the given keys and aggregates. */
    @SafeVarargs
    public final ProjectedQuery<T, Row> selectRows(Selector<T, ?>... columns) {
        return JoinOps.selectRows(model, core, columns);
    }

    /** The number of groups (honouring having, limit and offset). */
    public Future<Long> count() {
        return core.count();
    }

    /** Whether there is any group. */
    public Future<Boolean> exists() {
        return core.exists();
    }

    /** The statement, as data. */
    Select toSelect() {
        return core.select();
    }

    @Override
    public String toString() {
        return "GroupedQuery[" + model.modelClass().getSimpleName() + " " + core.select() + " " + core.params() + "]";
    }
}
