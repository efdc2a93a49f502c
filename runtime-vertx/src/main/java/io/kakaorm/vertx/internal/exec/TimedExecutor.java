package io.kakaorm.vertx.internal.exec;

import io.kakaorm.QueryStream;
import io.kakaorm.dialect.CompiledSql;
import io.kakaorm.dialect.Dialect;
import io.vertx.core.Future;
import java.time.Duration;
import java.util.List;

/**
 * An executor whose statements run with {@code timeout} unless they carry their own: what a
 * {@code Database.withStatementTimeout} view and a query's {@code timeout(Duration)} run on. Streams keep
 * the target's cursor when it has one.
 */
public final class TimedExecutor implements SqlExecutor, CursorExecutor {
    private final SqlExecutor target;
    private final Duration timeout;

    private TimedExecutor(SqlExecutor target, Duration timeout) {
        this.target = target;
        this.timeout = timeout;
    }

    /** {@code target} with {@code timeout} as its statements' default ({@code null}: {@code target} itself). */
    public static SqlExecutor of(SqlExecutor target, Duration timeout) {
        return timeout == null ? target : new TimedExecutor(target, timeout);
    }

    private CompiledSql timed(CompiledSql sql) {
        return sql.withDefaultTimeout(timeout);
    }

    @Override
    public Dialect dialect() {
        return target.dialect();
    }

    @Override
    public <R> Future<List<R>> query(CompiledSql sql, RowMapper<R> mapper) {
        return target.query(timed(sql), mapper);
    }

    @Override
    public Future<Integer> update(CompiledSql sql) {
        return target.update(timed(sql));
    }

    @Override
    public Future<Object> insertReturningKey(CompiledSql sql) {
        return target.insertReturningKey(timed(sql));
    }

    @Override
    public <R> QueryStream<R> cursor(CompiledSql sql, RowMapper<R> mapper, int fetchSize) {
        return target instanceof CursorExecutor c ? c.cursor(timed(sql), mapper, fetchSize) : null;
    }
}
