package io.kakaorm.vertx.internal.pool;

import io.kakaorm.dialect.Dialect;
import io.kakaorm.dialect.Dialects;
import io.kakaorm.dialect.postgres.PostgresDialect;
import io.kakaorm.vertx.ConnectOptions;
import io.kakaorm.vertx.ConnectOptions.Kind;
import io.kakaorm.vertx.internal.connect.BackendProvider;
import io.kakaorm.vertx.internal.exec.BackendFactory;
import java.util.List;

/** PostgreSQL through vertx-pg-client. */
public final class PgBackendProvider implements BackendProvider {
    @Override
    public Kind kind() {
        return Kind.POSTGRES;
    }

    @Override
    public List<String> urlSchemes() {
        return List.of("postgresql", "postgres");
    }

    @Override
    public int defaultPort() {
        return 5432;
    }

    @Override
    public String product() {
        return "PostgreSQL";
    }

    @Override
    public ConnectOptions serverOptions(String host, int port, String database, String user, String password) {
        return ConnectOptions.postgres(host, port, database, user, password);
    }

    @Override
    public Dialect dialect() {
        return Dialects.forName(PostgresDialect.NAME);
    }

    @Override
    public String driverProbeClass() {
        return "io.vertx.pgclient.PgBuilder";
    }

    @Override
    public String driverArtifact() {
        return "io.vertx:vertx-pg-client";
    }

    @Override
    public String driverModule() {
        return "io.vertx.sql.client.pg";
    }

    @Override
    public BackendFactory newFactory() {
        return new PgBackendFactory();
    }
}
