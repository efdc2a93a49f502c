package io.kakaorm.vertx.internal.pool;

import io.kakaorm.DatabaseTimeoutException;
import io.kakaorm.dialect.CompiledSql;
import io.kakaorm.vertx.ConnectOptions;
import io.kakaorm.vertx.internal.exec.Backend;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.net.NetClientOptions;
import io.vertx.sqlclient.PoolOptions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Pool and socket options shared by the backends over Vert.x pools. */
public final class PoolSettings {
    private PoolSettings() {}

    /** The pool options of {@code o} (size, connect and idle timeouts, wait queue). */
    public static PoolOptions pool(ConnectOptions o) {
        PoolOptions base = o.poolOptions();
        PoolOptions p = (base != null ? base : new PoolOptions())
                .setMaxSize(o.maxSize())
                .setConnectionTimeout((int) o.connectTimeout())
                .setConnectionTimeoutUnit(TimeUnit.MILLISECONDS)
                .setMaxWaitQueueSize(o.maxWaitQueueSize());
        if (o.idleTimeout() > 0) {
            p.setIdleTimeout((int) o.idleTimeout()).setIdleTimeoutUnit(TimeUnit.MILLISECONDS);
        }
        return p;
    }

    /** The socket options of {@code o} (connect timeout). */
    public static NetClientOptions net(ConnectOptions o) {
        return new NetClientOptions().setConnectTimeout((int) o.connectTimeout());
    }

    /**
     * Runs {@code SELECT 1} so that connect() fails fast on a wrong host or password, and within
     * {@code connectTimeout} even when the server accepts the socket and never answers; closes on failure.
     */
    public static Future<Backend> probe(Vertx vertx, Backend backend, ConnectOptions o) {
        Promise<Backend> result = Promise.promise();
        long timer = vertx.setTimer(
                Math.max(1, o.connectTimeout()),
                id -> result.tryFail(new DatabaseTimeoutException(
                        backend.dialect().name(),
                        o.toString(),
                        DatabaseTimeoutException.Wait.CONNECTION,
                        Duration.ofMillis(o.connectTimeout()),
                        null,
                        null,
                        null)));
        backend.query(new CompiledSql("SELECT 1", List.of()), r -> r.value(0)).onComplete(ar -> {
            vertx.cancelTimer(timer);
            if (ar.succeeded()) {
                result.tryComplete(backend);
            } else {
                result.tryFail(ar.cause());
            }
        });
        return result.future().recover(t -> {
            Future<Void> closed = backend.close();
            // a server that never answers may keep the close waiting too: report the timeout now
            return t instanceof DatabaseTimeoutException
                    ? Future.failedFuture(t)
                    : closed.transform(x -> Future.failedFuture(t));
        });
    }
}
