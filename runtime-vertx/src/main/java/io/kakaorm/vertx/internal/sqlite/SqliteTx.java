package io.kakaorm.vertx.internal.sqlite;

import io.kakaorm.dialect.CompiledSql;
import io.kakaorm.dialect.Dialect;
import io.kakaorm.vertx.internal.exec.RowMapper;
import io.kakaorm.vertx.internal.exec.TxExecutor;
import io.vertx.core.Future;
import java.util.List;

/** A transaction on the SQLite writer; holds the writer lock from BEGIN to COMMIT/ROLLBACK. */
final class SqliteTx implements TxExecutor {
    private final SqliteBackend backend;
    private volatile boolean ended;

    SqliteTx(SqliteBackend backend) {
        this.backend = backend;
    }

    @Override
    public Dialect dialect() {
        return backend.dialect();
    }

    @Override
    public <R> Future<List<R>> query(CompiledSql sql, RowMapper<R> mapper) {
        return ended ? ended() : backend.reported(sql, () -> backend.onWriter(sql, c -> c.query(sql, mapper)));
    }

    @Override
    public Future<Integer> update(CompiledSql sql) {
        return ended ? ended() : backend.reported(sql, () -> backend.onWriter(sql, c -> c.update(sql)));
    }

    @Override
    public Future<Object> insertReturningKey(CompiledSql sql) {
        boolean returning = dialect().features().returning();
        return ended
                ? ended()
                : backend.reported(sql, () -> backend.onWriter(sql, c -> c.insertReturningKey(sql, returning)));
    }

    @Override
    public Future<Void> commit() {
        return end("COMMIT");
    }

    @Override
    public Future<Void> rollback() {
        return end("ROLLBACK").otherwiseEmpty();
    }

    private Future<Void> end(String statement) {
        if (ended) {
            return ended();
        }
        ended = true;
        CompiledSql sql = new CompiledSql(statement, List.of());
        return backend.reported(
                        sql,
                        () -> backend.onWriter(sql, c -> {
                            c.exec(statement);
                            return (Void) null;
                        }))
                .andThen(r -> backend.writerLock().release());
    }

    private static <T> Future<T> ended() {
        return Future.failedFuture(new IllegalStateException("The transaction has already ended"));
    }
}
