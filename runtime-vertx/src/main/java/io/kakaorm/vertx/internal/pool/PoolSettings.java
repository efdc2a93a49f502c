package io.kakaorm.vertx.internal.pool;

import io.kakaorm.dialect.CompiledSql;
import io.kakaorm.vertx.ConnectOptions;
import io.kakaorm.vertx.internal.exec.Backend;
import io.vertx.core.Future;
import io.vertx.core.net.NetClientOptions;
import io.vertx.sqlclient.PoolOptions;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Pool and socket options shared by the PostgreSQL and MySQL backends. */
final class PoolSettings {
    private PoolSettings() {
    }

    static PoolOptions pool(ConnectOptions o) {
        PoolOptions p = new PoolOptions().setMaxSize(o.maxSize())
                .setConnectionTimeout((int) o.connectTimeout()).setConnectionTimeoutUnit(TimeUnit.MILLISECONDS);
        if (o.idleTimeout() > 0) {
            p.setIdleTimeout((int) o.idleTimeout()).setIdleTimeoutUnit(TimeUnit.MILLISECONDS);
        }
        return p;
    }

    static NetClientOptions net(ConnectOptions o) {
        return new NetClientOptions().setConnectTimeout((int) o.connectTimeout());
    }

    /** Runs {@code SELECT 1} so that connect() fails fast on a wrong host or password; closes on failure. */
    static Future<Backend> probe(Backend backend) {
        return backend.query(new CompiledSql("SELECT 1", List.of()), r -> r.value(0))
                .<Backend>map(x -> backend)
                .recover(t -> backend.close().transform(x -> Future.failedFuture(t)));
    }
}
