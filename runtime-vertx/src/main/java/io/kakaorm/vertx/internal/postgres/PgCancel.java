package io.kakaorm.vertx.internal.postgres;

import io.kakaorm.vertx.internal.pool.StatementLimits;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.net.NetClient;
import io.vertx.core.net.NetClientOptions;
import io.vertx.core.net.NetSocket;
import io.vertx.pgclient.PgConnection;
import io.vertx.sqlclient.DatabaseException;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.SqlConnection;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * PostgreSQL statement timeouts by cancel request: a timer per statement; when it fires, the server is
 * asked (on a new socket, as the protocol's CancelRequest) to cancel what the statement's backend runs.
 * The statement's connection is given back only after the server closed that socket — it signals the
 * backend before — so a late cancel cannot hit the next statement of that connection (the client's own
 * {@link PgConnection#cancelRequest()} completes as soon as the request is written, which let a slow
 * server cancel the next statement instead). Only a statement this timer cancelled (SQLSTATE
 * 57014 after the timer fired) becomes {@link StatementCancelled}; an administrator's
 * {@code pg_cancel_backend} stays a plain database error.
 */
final class PgCancel extends StatementLimits {
    private static final int CANCEL_CODE = 80877102;
    private static final long CANCEL_WAIT_MS = 5_000;
    private static final long WRAPPED_POOL_PAUSE_MS = 100;
    private static final int PENDING = 0;
    private static final int FIRED = 1;
    private static final int DONE = 2;
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "kakaorm-pg-statement-timeout");
        t.setDaemon(true);
        return t;
    });

    private final Vertx vertx;
    private final String host;
    private final int port;

    /** @param vertx the Vert.x of the pool, or {@code null} (a wrapped pool: the caller's context's) */
    PgCancel(Vertx vertx, String host, int port) {
        this.vertx = vertx;
        this.host = host;
        this.port = port;
    }

    @Override
    public <T> Future<T> run(SqlClient client, long ms, Function<SqlClient, Future<T>> attempt) {
        if (ms <= 0) {
            return attempt.apply(client);
        }
        if (client instanceof Pool pool) { // the cancel needs the connection: take one for the statement
            return pool.withConnection(c -> run(c, ms, attempt));
        }
        PgConnection pg = PgConnection.cast((SqlConnection) client);
        Context ctx = Vertx.currentContext();
        Vertx v = vertx != null ? vertx : ctx != null ? ctx.owner() : null;
        AtomicInteger state = new AtomicInteger(PENDING);
        Promise<Void> cancelled = Promise.promise();
        var timer = TIMER.schedule(
                () -> {
                    if (state.compareAndSet(PENDING, FIRED)) {
                        cancel(v, pg).onComplete(ar -> cancelled.tryComplete());
                    }
                },
                ms,
                TimeUnit.MILLISECONDS);
        Future<T> f;
        try {
            f = attempt.apply(client);
        } catch (RuntimeException e) {
            f = Future.failedFuture(e);
        }
        return f.transform(ar -> {
            if (state.compareAndSet(PENDING, DONE)) {
                timer.cancel(false);
                return (Future<T>) ar;
            }
            // the timer fired: wait for the cancel request's answer before the connection runs anything else
            return cancelled
                    .future()
                    .transform(x -> ar.failed() && cancelledHere(ar.cause())
                            ? Future.<T>failedFuture(new StatementCancelled(ms, ar.cause()))
                            : (Future<T>) ar);
        });
    }

    @Override
    public boolean cancelsByRequest() {
        return true;
    }

    @Override
    public Future<Void> cancelNow(SqlConnection conn) {
        Context ctx = Vertx.currentContext();
        return cancel(vertx != null ? vertx : ctx != null ? ctx.owner() : null, PgConnection.cast(conn));
    }

    /** After a cancel request, PostgreSQL's "canceling statement" (57014) is the timeout. */
    @Override
    public boolean cursorCancelled(Throwable t, boolean cancelRequested, long timeoutMs, long elapsedNanos) {
        return cancelRequested && cancelledHere(t);
    }

    /** Sends the CancelRequest for {@code pg}'s backend and completes when the server closed the socket. */
    private Future<Void> cancel(Vertx v, PgConnection pg) {
        if (v == null || port <= 0 || host == null || host.startsWith("/")) {
            // no Vert.x to open a socket with, a wrapped pool whose server address KakaORM does not know, or a
            // Unix-domain socket:
            // the client's own cancel, which completes once written; a short pause lets the server act on it
            // before the connection runs anything else
            Future<Void> sent = pg.cancelRequest().otherwiseEmpty();
            return v == null
                    ? sent
                    : sent.compose(x -> {
                        Promise<Void> later = Promise.promise();
                        v.setTimer(WRAPPED_POOL_PAUSE_MS, id -> later.complete());
                        return later.future();
                    });
        }
        Promise<Void> done = Promise.promise();
        NetClient client = v.createNetClient(new NetClientOptions().setConnectTimeout((int) CANCEL_WAIT_MS));
        long guard = v.setTimer(CANCEL_WAIT_MS, id -> done.tryComplete());
        client.connect(port, host).onComplete(ar -> {
            if (ar.failed()) {
                done.tryComplete(); // the server is gone: nothing left to cancel
                return;
            }
            NetSocket socket = ar.result();
            socket.handler(b -> {}); // the server answers nothing; it closes the socket
            socket.closeHandler(x -> done.tryComplete());
            socket.write(Buffer.buffer(16)
                    .appendInt(16)
                    .appendInt(CANCEL_CODE)
                    .appendInt(pg.processId())
                    .appendInt(pg.secretKey()));
        });
        return done.future().onComplete(x -> {
            v.cancelTimer(guard);
            client.close();
        });
    }

    private static boolean cancelledHere(Throwable t) {
        return t instanceof DatabaseException d && "57014".equals(d.getSqlState());
    }
}
