package io.kakaorm.vertx.internal.pool;

import io.kakaorm.QueryStream;
import io.kakaorm.dialect.CompiledSql;
import io.kakaorm.vertx.internal.exec.RowMapper;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
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
final class CursorStream<R> implements QueryStream<R> {
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
    /** The statement's timeout (0: none) and the watchdog that cancels a fetch waiting longer (PostgreSQL). */
    private final long timeoutMs;

    private volatile long lastProgress;
    private long watchdog = -1;
    private Vertx vertx;
    private volatile Future<Void> cancelling;
    /** Whether {@link StatementLimits#beforeCursor} changed the connection (undone before it is released). */
    private volatile boolean limited;

    private volatile long openedAt;

    CursorStream(
            Supplier<Future<SqlConnection>> connection,
            boolean owned,
            ClientStatements statements,
            CompiledSql sql,
            RowMapper<R> mapper,
            int fetchSize) {
        this.connection = connection;
        this.owned = owned;
        this.statements = statements;
        this.sql = sql;
        this.mapper = mapper;
        this.fetchSize = fetchSize;
        this.timeoutMs = statements.timeoutMillis(sql);
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
            if (demand == 0) {
                lastProgress = System.nanoTime(); // the wait for the server starts again now
            }
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
        openedAt = System.nanoTime();
        Future<SqlConnection> c;
        try {
            c = connection.get();
        } catch (RuntimeException e) {
            c = Future.failedFuture(e);
        }
        c.compose(cn -> {
                    conn = cn;
                    startWatchdog();
                    return owned
                            ? cn.begin().map(t -> {
                                tx = t;
                                return cn;
                            })
                            : Future.succeededFuture(cn);
                })
                .compose(cn -> statements
                        .limits()
                        .beforeCursor(cn, sql, statements.options().statementTimeout())
                        .map(v -> {
                            limited = true;
                            return cn;
                        }))
                .compose(cn -> cn.prepare(sql.sql()))
                .onComplete(ar -> {
                    if (ar.failed()) {
                        boolean closed;
                        synchronized (this) {
                            closed = done;
                        }
                        if (closed) {
                            releaseLate();
                        } else {
                            finish(failure(ar.cause()));
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
                    s.exceptionHandler(t -> finish(failure(t)));
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

    /** The typed failure of {@code t}: a statement timeout when the watchdog's cancel stopped it. */
    private RuntimeException failure(Throwable t) {
        boolean cancelled =
                statements.limits().cursorCancelled(t, cancelling != null, timeoutMs, System.nanoTime() - openedAt);
        return statements.translate(cancelled ? new StatementLimits.StatementCancelled(timeoutMs, t) : t, sql);
    }

    private void deliver(Row row) {
        lastProgress = System.nanoTime();
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

    /**
     * Where the database cancels by request ({@link StatementLimits#cancelsByRequest()}), a periodic check that cancels the cursor's statement
     * when a fetch the caller asked for has waited longer than the timeout — the time a slow consumer
     * holds the rows (paused) does not count. Another database limits the cursor's statement by itself.
     */
    private void startWatchdog() {
        Context ctx = Vertx.currentContext();
        if (timeoutMs <= 0 || ctx == null || !statements.limits().cancelsByRequest()) {
            return;
        }
        vertx = ctx.owner();
        lastProgress = System.nanoTime();
        long period = Math.max(10, Math.min(timeoutMs / 10, 200));
        long id = vertx.setPeriodic(period, t -> {
            boolean waiting;
            synchronized (this) {
                waiting = !done && demand > 0 && cancelling == null;
            }
            if (waiting && System.nanoTime() - lastProgress >= timeoutMs * 1_000_000L) {
                Future<Void> f = statements.limits().cancelNow(conn);
                cancelling = f == null ? Future.succeededFuture() : f;
            }
        });
        synchronized (this) {
            watchdog = id;
        }
        if (done) {
            stopWatchdog();
        }
    }

    private void stopWatchdog() {
        long id;
        synchronized (this) {
            id = watchdog;
            watchdog = -1;
        }
        if (id >= 0 && vertx != null) {
            vertx.cancelTimer(id);
        }
    }

    /** Releases the statement, read transaction and connection taken after close() had already run. */
    private void releaseLate() {
        stopWatchdog();
        Future<Void> f = Future.succeededFuture();
        if (ps != null) {
            f = f.eventually(() -> ps.close());
        }
        if (tx != null) {
            f = f.eventually(() -> tx.rollback());
        }
        if (limited) {
            f = f.eventually(() -> statements
                    .limits()
                    .afterCursor(conn, sql, statements.options().statementTimeout()));
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
        stopWatchdog();
        Future<Void> cancel = cancelling;
        // after a cancel, the connection is released only once the server has handled it
        Future<Void> cleanup = cancel == null ? Future.succeededFuture() : cancel.otherwiseEmpty();
        if (rows != null) {
            cleanup = cleanup.eventually(() -> rows.close());
        }
        if (ps != null) {
            cleanup = cleanup.eventually(() -> ps.close());
        }
        if (tx != null) {
            cleanup = cleanup.eventually(() -> failure == null ? tx.commit() : tx.rollback());
        }
        if (limited) {
            cleanup = cleanup.eventually(() -> statements
                    .limits()
                    .afterCursor(conn, sql, statements.options().statementTimeout()));
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
