package io.kakaorm.vertx.internal.pool;

import io.kakaorm.dialect.Dialect;
import io.kakaorm.vertx.ConnectOptions;
import io.kakaorm.vertx.internal.exec.Backend;
import io.kakaorm.vertx.internal.exec.BackendFactory;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.SslMode;
import io.vertx.sqlclient.Pool;
import java.util.HashMap;

/** Opens PostgreSQL through vertx-pg-client; loaded by name only for {@code postgresql://} URLs. */
public final class PgBackendFactory implements BackendFactory {
    @Override
    public Future<Backend> open(Vertx vertx, ConnectOptions o, Dialect dialect) {
        PgConnectOptions connect = new PgConnectOptions().setHost(o.host()).setPort(o.port())
                .setDatabase(o.database())
                .setCachePreparedStatements(true).setPreparedStatementCacheMaxSize(256)
                .setSslMode(o.ssl() ? SslMode.REQUIRE : SslMode.DISABLE);
        if (o.user() != null) {
            connect.setUser(o.user());
        }
        if (o.password() != null) {
            connect.setPassword(o.password());
        }
        if (!o.properties().isEmpty()) {
            connect.setProperties(new HashMap<>(o.properties())); // startup parameters, e.g. search_path
        }
        Pool pool = PgBuilder.pool().with(PoolSettings.pool(o)).with(PoolSettings.net(o)).connectingTo(connect)
                .using(vertx).build();
        return PoolSettings.probe(new PoolBackend(pool, new ClientStatements(dialect, rs -> null)));
    }
}
