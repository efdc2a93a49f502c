package io.kakaorm.vertx.internal.pool;

import io.kakaorm.dialect.Dialect;
import io.kakaorm.dialect.Dialects;
import io.kakaorm.dialect.mysql.MySqlDialect;
import io.kakaorm.vertx.ConnectOptions;
import io.kakaorm.vertx.ConnectOptions.Kind;
import io.kakaorm.vertx.internal.connect.BackendProvider;
import io.kakaorm.vertx.internal.exec.BackendFactory;
import java.util.List;

/** MySQL and MariaDB through vertx-mysql-client. */
public final class MySqlBackendProvider implements BackendProvider {
    @Override
    public Kind kind() {
        return Kind.MYSQL;
    }

    @Override
    public List<String> urlSchemes() {
        return List.of("mysql", "mariadb");
    }

    @Override
    public int defaultPort() {
        return 3306;
    }

    @Override
    public String product() {
        return "MySQL/MariaDB";
    }

    @Override
    public ConnectOptions serverOptions(String host, int port, String database, String user, String password) {
        return ConnectOptions.mysql(host, port, database, user, password);
    }

    @Override
    public Dialect dialect() {
        return Dialects.forName(MySqlDialect.NAME);
    }

    @Override
    public String driverProbeClass() {
        return "io.vertx.mysqlclient.MySQLBuilder";
    }

    @Override
    public String driverArtifact() {
        return "io.vertx:vertx-mysql-client";
    }

    @Override
    public String driverModule() {
        return "io.vertx.sql.client.mysql";
    }

    @Override
    public BackendFactory newFactory() {
        return new MySqlBackendFactory();
    }
}
