package io.kakaorm.vertx.internal.observe;

import io.kakaorm.QueryStream;
import io.kakaorm.dialect.CompiledSql;
import io.kakaorm.dialect.Dialect;
import io.kakaorm.spi.CallSite;
import io.kakaorm.vertx.internal.exec.CursorExecutor;
import io.kakaorm.vertx.internal.exec.RowMapper;
import io.kakaorm.vertx.internal.exec.SqlExecutor;
import io.kakaorm.vertx.observe.StatementEvent.Kind;
import io.vertx.core.Future;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * An {@link SqlExecutor} that reports each statement of the executor it wraps to a
 * {@link StatementObserver}. While the observer is inactive it only delegates.
 */
abstract class ObservedExecutor implements SqlExecutor, CursorExecutor {
    private static final ToLongFunction<List<?>> SIZE = List::size;
    private static final ToLongFunction<Integer> COUNT = Integer::longValue;
    private static final ToLongFunction<Object> ONE = k -> 1;
    private static final ToLongFunction<Object> NO_ROWS = k -> 0;

    final StatementObserver observer;
    private final SqlExecutor target;

    ObservedExecutor(SqlExecutor target, StatementObserver observer) {
        this.target = target;
        this.observer = observer;
    }

    /** The transaction number reported with each statement; 0 on the pool. */
    abstract long transaction();

    @Override
    public final Dialect dialect() {
        return target.dialect();
    }

    @Override
    public final <R> Future<List<R>> query(CompiledSql sql, RowMapper<R> mapper) {
        if (!observer.active()) {
            return target.query(sql, mapper);
        }
        return observe(Kind.QUERY, sql, () -> target.query(sql, mapper), SIZE);
    }

    @Override
    public final Future<Integer> update(CompiledSql sql) {
        if (!observer.active()) {
            return target.update(sql);
        }
        return observe(Kind.UPDATE, sql, () -> target.update(sql), isDdl(sql.sql()) ? NO_ROWS : COUNT);
    }

    @Override
    public final Future<Object> insertReturningKey(CompiledSql sql) {
        if (!observer.active()) {
            return target.insertReturningKey(sql);
        }
        return observe(Kind.INSERT, sql, () -> target.insertReturningKey(sql), ONE);
    }

    @Override
    public final <R> QueryStream<R> cursor(CompiledSql sql, RowMapper<R> mapper, int fetchSize) {
        if (!(target instanceof CursorExecutor cursors)) {
            return null; // the caller reads in chunks, each chunk a reported query
        }
        if (!observer.active()) {
            return cursors.cursor(sql, mapper, fetchSize);
        }
        long start = System.nanoTime();
        String site = CallSite.current();
        QueryStream<R> s = cursors.cursor(sql, mapper, fetchSize);
        return s == null ? null : new ObservedStream<>(s, observer, sql, start, transaction(), site);
    }

    /** DDL affects no rows, whatever count the driver reports for it (PostgreSQL and SQLite report leftovers). */
    private static boolean isDdl(String sql) {
        int i = 0;
        while (i < sql.length() && Character.isWhitespace(sql.charAt(i))) {
            i++;
        }
        return sql.regionMatches(true, i, "CREATE ", 0, 7)
                || sql.regionMatches(true, i, "DROP ", 0, 5)
                || sql.regionMatches(true, i, "ALTER ", 0, 6);
    }

    /** Runs {@code call} and reports it when it completes; a synchronous throw is reported as a failure. */
    final <T> Future<T> observe(Kind kind, CompiledSql sql, Supplier<Future<T>> call, ToLongFunction<? super T> rows) {
        long start = System.nanoTime();
        String site = CallSite.current();
        Future<T> f;
        try {
            f = call.get();
        } catch (RuntimeException e) {
            f = Future.failedFuture(e);
        }
        long tx = transaction();
        return f.andThen(r -> observer.report(
                kind, sql, start, r.succeeded() ? rows.applyAsLong(r.result()) : 0, r.cause(), tx, site));
    }
}
