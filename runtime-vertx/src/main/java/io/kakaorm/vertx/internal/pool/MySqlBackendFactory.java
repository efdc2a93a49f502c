package io.kakaorm.vertx.internal.pool;

import io.kakaorm.dialect.Dialect;
import io.kakaorm.vertx.ConnectOptions;
import io.kakaorm.vertx.internal.exec.Backend;
import io.kakaorm.vertx.internal.exec.BackendFactory;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.mysqlclient.MySQLBuilder;
import io.vertx.mysqlclient.MySQLClient;
import io.vertx.mysqlclient.MySQLConnectOptions;
import io.vertx.mysqlclient.SslMode;
import io.vertx.sqlclient.Pool;

/** Opens MySQL/MariaDB through vertx-mysql-client; loaded by name only for {@code mysql://} URLs. */
public final class MySqlBackendFactory implements BackendFactory {
    @Override
    public Future<Backend> open(Vertx vertx, ConnectOptions o, Dialect dialect) {
        MySQLConnectOptions connect = new MySQLConnectOptions().setHost(o.host()).setPort(o.port())
                .setDatabase(o.database())
                .setCharset("utf8mb4") // 4-byte unicode (emoji) round-trips
                .setCachePreparedStatements(true).setPreparedStatementCacheMaxSize(256)
                .setSslMode(o.ssl() ? SslMode.REQUIRED : SslMode.DISABLED);
        if (o.user() != null) {
            connect.setUser(o.user());
        }
        if (o.password() != null) {
            connect.setPassword(o.password());
        }
        if (!o.properties().isEmpty()) {
            connect.setProperties(new java.util.HashMap<>(o.properties()));
        }
        Pool pool = MySQLBuilder.pool().with(PoolSettings.pool(o)).with(PoolSettings.net(o)).connectingTo(connect)
                .using(vertx).build();
        ClientStatements statements = new ClientStatements(dialect, rs -> {
            Long id = rs.property(MySQLClient.LAST_INSERTED_ID);
            return id == null || id == 0 ? null : id;
        });
        return PoolSettings.probe(new PoolBackend(pool, statements));
    }
}
