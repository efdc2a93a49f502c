package io.kakaorm.vertx.internal.pool;

import io.kakaorm.dialect.CompiledSql;
import io.kakaorm.vertx.internal.exec.RowMapper;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.streams.ReadStream;
import io.vertx.sqlclient.PreparedStatement;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowStream;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Transaction;
import io.vertx.sqlclient.Tuple;
import java.util.function.Supplier;

/**
 * A query read through a server-side cursor ({@link PreparedStatement#createStream}), {@code fetchSize}
 * rows per round trip, with the caller's back-pressure passed through. On a pooled connection the
 * cursor runs in its own read transaction (PostgreSQL portals need one) and the connection goes back to
 * the pool when the stream ends or fails; inside an open transaction it uses that connection.
 *
 * @param <R> the result type
 */
final class CursorStream<R> implements io.kakaorm.QueryStream<R> {
    private final Supplier<Future<SqlConnection>> connection;
    private final boolean owned;
    private final ClientStatements statements;
    private final CompiledSql sql;
    private final RowMapper<R> mapper;
    private final int fetchSize;
    private final VertxDbRow view = new VertxDbRow();
    private Handler<R> handler;
    private Handler<Void> endHandler;
    private Handler<Throwable> exceptionHandler;
    private long demand = Long.MAX_VALUE;
    private boolean started;
    private boolean done;
    private SqlConnection conn;
    private Transaction tx;
    private PreparedStatement ps;
    private RowStream<Row> rows;

    CursorStream(Supplier<Future<SqlConnection>> connection, boolean owned, ClientStatements statements,
            CompiledSql sql, RowMapper<R> mapper, int fetchSize) {
        this.connection = connection;
        this.owned = owned;
        this.statements = statements;
        this.sql = sql;
        this.mapper = mapper;
        this.fetchSize = fetchSize;
    }

    @Override
    public synchronized ReadStream<R> exceptionHandler(Handler<Throwable> h) {
        exceptionHandler = h;
        return this;
    }

    @Override
    public ReadStream<R> handler(Handler<R> h) {
        boolean start;
        synchronized (this) {
            handler = h;
            start = h != null && !started && !done;
            started |= start;
        }
        if (start) {
            open();
        }
        return this;
    }

    @Override
    public synchronized ReadStream<R> pause() {
        demand = 0;
        if (rows != null) {
            rows.pause();
        }
        return this;
    }

    @Override
    public ReadStream<R> resume() {
        return fetch(Long.MAX_VALUE);
    }

    @Override
    public synchronized ReadStream<R> fetch(long amount) {
        if (amount > 0) {
            demand = demand + amount < 0 ? Long.MAX_VALUE : demand + amount;
            if (rows != null) {
                rows.fetch(amount);
            }
        }
        return this;
    }

    @Override
    public synchronized ReadStream<R> endHandler(Handler<Void> h) {
        endHandler = h;
        return this;
    }

    private void open() {
        Future<SqlConnection> c;
        try {
            c = connection.get();
        } catch (RuntimeException e) {
            c = Future.failedFuture(e);
        }
        c.compose(cn -> {
            conn = cn;
            return owned ? cn.begin().map(t -> {
                tx = t;
                return cn;
            }) : Future.succeededFuture(cn);
        }).compose(cn -> cn.prepare(statements.text(sql))).onComplete(ar -> {
            if (ar.failed()) {
                boolean closed;
                synchronized (this) {
                    closed = done;
                }
                if (closed) {
                    releaseLate();
                } else {
                    finish(statements.translate(ar.cause(), sql));
                }
                return;
            }
            ps = ar.result();
            synchronized (this) {
                if (done) { // closed while opening: give back what was just taken
                    releaseLate();
                    return;
                }
            }
            RowStream<Row> s = ps.createStream(fetchSize, Tuple.from(sql.binds()));
            s.exceptionHandler(t -> finish(statements.translate(t, sql)));
            s.endHandler(v -> finish(null));
            long d;
            synchronized (this) {
                rows = s;
                d = demand;
            }
            if (d != Long.MAX_VALUE) {
                s.pause();
                if (d > 0) {
                    s.fetch(d);
                }
            }
            s.handler(this::deliver);
        });
    }

    private void deliver(Row row) {
        Handler<R> h;
        synchronized (this) {
            if (done) {
                return;
            }
            if (demand != Long.MAX_VALUE) {
                demand--;
            }
            h = handler;
        }
        R value;
        try {
            value = mapper.map(view.at(row));
        } catch (RuntimeException e) {
            finish(e);
            return;
        }
        if (h != null) {
            h.handle(value);
        }
    }

    @Override
    public Future<Void> close() {
        synchronized (this) {
            if (!started) {
                done = true; // never opened: nothing to release
                return Future.succeededFuture();
            }
        }
        return finish(null);
    }

    /** Releases the statement, read transaction and connection taken after close() had already run. */
    private void releaseLate() {
        Future<Void> f = Future.succeededFuture();
        if (ps != null) {
            f = f.eventually(() -> ps.close());
        }
        if (tx != null) {
            f = f.eventually(() -> tx.rollback());
        }
        if (owned && conn != null) {
            f.eventually(() -> conn.close());
        }
    }

    private Future<Void> finish(Throwable failure) {
        synchronized (this) {
            if (done) {
                return Future.succeededFuture();
            }
            done = true;
        }
        Future<Void> cleanup = Future.succeededFuture();
        if (rows != null) {
            cleanup = cleanup.eventually(() -> rows.close());
        }
        if (ps != null) {
            cleanup = cleanup.eventually(() -> ps.close());
        }
        if (tx != null) {
            cleanup = cleanup.eventually(() -> failure == null ? tx.commit() : tx.rollback());
        }
        if (owned && conn != null) {
            cleanup = cleanup.eventually(() -> conn.close());
        }
        Future<Void> released = cleanup;
        cleanup.onComplete(x -> {
            if (failure == null) {
                Handler<Void> e = endHandler;
                if (e != null) {
                    e.handle(null);
                }
            } else {
                Handler<Throwable> e = exceptionHandler;
                if (e != null) {
                    e.handle(failure);
                }
            }
        });
        return released;
    }
}
