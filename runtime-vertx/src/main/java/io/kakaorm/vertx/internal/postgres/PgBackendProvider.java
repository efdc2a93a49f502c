package io.kakaorm.vertx.internal.postgres;

import io.kakaorm.dialect.Dialect;
import io.kakaorm.dialect.Dialects;
import io.kakaorm.dialect.postgres.PostgresDialect;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.internal.connect.BackendProvider;
import io.kakaorm.vertx.internal.exec.BackendFactory;
import io.kakaorm.vertx.internal.exec.ServerErrors;
import io.vertx.core.Future;
import java.util.List;

/** PostgreSQL through vertx-pg-client. */
public final class PgBackendProvider implements BackendProvider {
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
    public Dialect dialect() {
        return Dialects.forName(PostgresDialect.NAME);
    }

    @Override
    public ServerErrors errors() {
        return PgServerErrors.INSTANCE;
    }

    /** One TRUNCATE of all of them, restarting their identity sequences. */
    @Override
    public Future<Void> emptyTables(Database db, List<String> tables, List<String> quoted) {
        return db.execute("TRUNCATE TABLE " + String.join(", ", quoted) + " RESTART IDENTITY")
                .mapEmpty();
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
