package io.kakaorm.vertx.internal.pool;

import io.kakaorm.QueryStream;
import io.kakaorm.dialect.CompiledSql;
import io.kakaorm.dialect.Dialect;
import io.kakaorm.vertx.internal.exec.Backend;
import io.kakaorm.vertx.internal.exec.CursorExecutor;
import io.kakaorm.vertx.internal.exec.RowMapper;
import io.kakaorm.vertx.internal.exec.TxExecutor;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnection;
import java.util.List;

/** A {@link Backend} over a Vert.x {@link Pool} (the server databases). Runs on the event loop. */
public final class PoolBackend implements Backend, CursorExecutor {
    private static final CompiledSql BEGIN = new CompiledSql("SELECT 1 -- BEGIN", List.of()); // retried like a read
    private final Pool pool;
    private final ClientStatements statements;
    private final boolean closePool;

    /** A backend that closes {@code pool} when it is closed. */
    public PoolBackend(Pool pool, ClientStatements statements) {
        this(pool, statements, true);
    }

    /** {@code closePool == false}: the pool is the application's (a wrapped pool), and {@link #close()} leaves it open. */
    public PoolBackend(Pool pool, ClientStatements statements, boolean closePool) {
        this.pool = pool;
        this.statements = statements;
        this.closePool = closePool;
    }

    @Override
    public <X> X unwrap(Class<X> type) {
        return type.isInstance(pool) ? type.cast(pool) : null;
    }

    @Override
    public Dialect dialect() {
        return statements.dialect();
    }

    @Override
    public <R> Future<List<R>> query(CompiledSql sql, RowMapper<R> mapper) {
        return statements.query(pool, sql, mapper);
    }

    @Override
    public Future<Integer> update(CompiledSql sql) {
        return statements.update(pool, sql);
    }

    @Override
    public Future<Object> insertReturningKey(CompiledSql sql) {
        // last-insert-id is a property of the statement's result, so the pool is safe here too
        return statements.insertReturningKey(pool, sql);
    }

    @Override
    public <R> QueryStream<R> cursor(CompiledSql sql, RowMapper<R> mapper, int fetchSize) {
        return new CursorStream<>(pool::getConnection, true, statements, sql, mapper, fetchSize);
    }

    @Override
    public Future<TxExecutor> begin() {
        return begin(true);
    }

    /** Takes a connection and runs BEGIN; once more on a fresh connection when the first was already closed. */
    private Future<TxExecutor> begin(boolean retry) {
        return pool.getConnection()
                .recover(t -> Future.failedFuture(statements.translate(t, null)))
                .compose(conn -> {
                    ConnectionTx tx = new ConnectionTx(conn, statements);
                    return tx.start()
                            .<TxExecutor>map(v -> tx)
                            .recover(t -> conn.close()
                                    .transform(x -> retry
                                                    && t.getCause() != null
                                                    && statements.lostConnection(t.getCause(), BEGIN)
                                            ? begin(false)
                                            : Future.failedFuture(t)));
                });
    }

    @Override
    public Future<Void> close() {
        return closePool ? pool.close() : Future.succeededFuture();
    }

    /** A transaction on one pooled connection, driven by plain BEGIN/COMMIT/ROLLBACK so savepoints work. */
    static final class ConnectionTx implements TxExecutor, CursorExecutor {
        private final SqlConnection conn;
        private final ClientStatements statements;
        private volatile boolean ended;

        ConnectionTx(SqlConnection conn, ClientStatements statements) {
            this.conn = conn;
            this.statements = statements;
        }

        Future<Void> start() {
            return statements.update(conn, new CompiledSql("BEGIN", List.of())).mapEmpty();
        }

        @Override
        public Dialect dialect() {
            return statements.dialect();
        }

        @Override
        public <R> Future<List<R>> query(CompiledSql sql, RowMapper<R> mapper) {
            return ended ? ended() : statements.query(conn, sql, mapper);
        }

        @Override
        public Future<Integer> update(CompiledSql sql) {
            return ended ? ended() : statements.update(conn, sql);
        }

        @Override
        public Future<Object> insertReturningKey(CompiledSql sql) {
            return ended ? ended() : statements.insertReturningKey(conn, sql);
        }

        @Override
        public <R> QueryStream<R> cursor(CompiledSql sql, RowMapper<R> mapper, int fetchSize) {
            return new CursorStream<>(
                    () -> ended ? ended() : Future.succeededFuture(conn), false, statements, sql, mapper, fetchSize);
        }

        @Override
        public Future<Void> commit() {
            return finish("COMMIT");
        }

        @Override
        public Future<Void> rollback() {
            return finish("ROLLBACK").otherwiseEmpty();
        }

        private Future<Void> finish(String sql) {
            if (ended) {
                return ended();
            }
            ended = true;
            return statements
                    .update(conn, new CompiledSql(sql, List.of()))
                    .transform(r -> conn.close()
                            .transform(c -> r.succeeded()
                                    ? Future.<Void>succeededFuture()
                                    : Future.<Void>failedFuture(r.cause())));
        }

        private static <T> Future<T> ended() {
            return Future.failedFuture(new IllegalStateException("The transaction has already ended"));
        }
    }
}
