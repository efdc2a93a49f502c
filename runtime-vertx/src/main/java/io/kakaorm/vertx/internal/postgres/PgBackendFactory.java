package io.kakaorm.vertx.internal.postgres;

import io.kakaorm.dialect.Dialect;
import io.kakaorm.vertx.ConnectOptions;
import io.kakaorm.vertx.internal.exec.Backend;
import io.kakaorm.vertx.internal.exec.BackendFactory;
import io.kakaorm.vertx.internal.pool.ClientStatements;
import io.kakaorm.vertx.internal.pool.PoolBackend;
import io.kakaorm.vertx.internal.pool.PoolSettings;
import io.kakaorm.vertx.internal.pool.TlsSettings;
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
        PgConnectOptions connect = new PgConnectOptions()
                .setHost(o.host())
                .setPort(o.port())
                .setDatabase(o.database())
                .setCachePreparedStatements(true)
                .setPreparedStatementCacheMaxSize(256)
                .setSslMode(
                        switch (o.tls()) {
                            case DISABLE -> SslMode.DISABLE;
                            case REQUIRE -> SslMode.REQUIRE;
                            case VERIFY_CA -> SslMode.VERIFY_CA;
                            case VERIFY_FULL -> SslMode.VERIFY_FULL;
                        });
        if (o.ssl()) {
            connect.setSslOptions(TlsSettings.of(o));
        }
        if (o.user() != null) {
            connect.setUser(o.user());
        }
        if (o.password() != null) {
            connect.setPassword(o.password());
        }
        // startup parameters, e.g. search_path; statementTimeout is not one: PgCancel times every statement
        HashMap<String, String> startup = new HashMap<>(o.properties());
        if (!startup.isEmpty()) {
            connect.setProperties(startup);
        }
        if (o.customizer() != null) {
            o.customizer().accept(connect);
        }
        Pool pool = PgBuilder.pool()
                .with(PoolSettings.pool(o))
                .with(PoolSettings.net(o))
                .connectingTo(connect)
                .using(vertx)
                .build();
        return PoolSettings.probe(vertx, new PoolBackend(pool, statements(dialect, o, vertx)), o);
    }

    @Override
    public Backend wrap(Pool pool, ConnectOptions o, Dialect dialect, boolean closePool) {
        return new PoolBackend(pool, statements(dialect, o, null), closePool);
    }

    private static ClientStatements statements(Dialect dialect, ConnectOptions o, Vertx vertx) {
        return new ClientStatements(
                dialect, rs -> null, o, new PgCancel(vertx, o.host(), o.port()), PgServerErrors.INSTANCE);
    }
}
