package io.kakaorm.vertx.internal.mysql;

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
import io.vertx.mysqlclient.MySQLBuilder;
import io.vertx.mysqlclient.MySQLClient;
import io.vertx.mysqlclient.MySQLConnectOptions;
import io.vertx.mysqlclient.SslMode;
import io.vertx.sqlclient.Pool;
import java.math.BigDecimal;
import java.util.HashMap;

/** Opens MySQL/MariaDB through vertx-mysql-client; loaded by name only for {@code mysql://} URLs. */
public final class MySqlBackendFactory implements BackendFactory {
    @Override
    public Future<Backend> open(Vertx vertx, ConnectOptions o, Dialect dialect) {
        MySQLConnectOptions connect = new MySQLConnectOptions()
                .setHost(o.host())
                .setPort(o.port())
                .setDatabase(o.database())
                .setCharset("utf8mb4") // 4-byte unicode (emoji) round-trips
                .setCachePreparedStatements(true)
                .setPreparedStatementCacheMaxSize(256)
                .setSslMode(
                        switch (o.tls()) {
                            case DISABLE -> SslMode.DISABLED;
                            case REQUIRE -> SslMode.REQUIRED;
                            case VERIFY_CA -> SslMode.VERIFY_CA;
                            case VERIFY_FULL -> SslMode.VERIFY_IDENTITY;
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
        if (!o.properties().isEmpty()) {
            connect.setProperties(new HashMap<>(o.properties()));
        }
        if (o.customizer() != null) {
            o.customizer().accept(connect);
        }
        var builder = MySQLBuilder.pool()
                .with(PoolSettings.pool(o))
                .with(PoolSettings.net(o))
                .connectingTo(connect);
        if (o.statementTimeout() > 0) { // the server interrupts a statement that runs longer (MariaDB)
            String set = "SET SESSION max_statement_time = "
                    + BigDecimal.valueOf(o.statementTimeout(), 3).toPlainString();
            builder =
                    builder.withConnectHandler(conn -> conn.query(set).execute().onComplete(ar -> conn.close()));
        }
        Pool pool = builder.using(vertx).build();
        return PoolSettings.probe(vertx, new PoolBackend(pool, statements(dialect, o)), o);
    }

    @Override
    public Backend wrap(Pool pool, ConnectOptions o, Dialect dialect, boolean closePool) {
        return new PoolBackend(pool, statements(dialect, o), closePool);
    }

    private static ClientStatements statements(Dialect dialect, ConnectOptions o) {
        return new ClientStatements(
                dialect,
                rs -> {
                    Long id = rs.property(MySQLClient.LAST_INSERTED_ID);
                    return id == null || id == 0 ? null : id;
                },
                o,
                MariaDbLimits.INSTANCE,
                MySqlServerErrors.INSTANCE);
    }
}
