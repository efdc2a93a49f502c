package io.kakaorm.vertx.internal.sqlite;

import io.kakaorm.dialect.Dialect;
import io.kakaorm.dialect.Dialects;
import io.kakaorm.dialect.sqlite.SqliteDialect;
import io.kakaorm.vertx.ConnectOptions.Kind;
import io.kakaorm.vertx.internal.connect.BackendProvider;
import io.kakaorm.vertx.internal.exec.BackendFactory;
import java.util.List;

/** SQLite through sqlite-jdbc on Vert.x worker threads. */
public final class SqliteBackendProvider implements BackendProvider {
    @Override
    public Kind kind() {
        return Kind.SQLITE;
    }

    @Override
    public List<String> urlSchemes() {
        return List.of("sqlite");
    }

    @Override
    public int defaultPort() {
        return 0;
    }

    @Override
    public String product() {
        return "SQLite";
    }

    @Override
    public boolean embedded() {
        return true;
    }

    @Override
    public Dialect dialect() {
        return Dialects.forName(SqliteDialect.NAME);
    }

    @Override
    public String driverProbeClass() {
        return "org.sqlite.JDBC";
    }

    @Override
    public String driverArtifact() {
        return "org.xerial:sqlite-jdbc";
    }

    @Override
    public String driverModule() {
        return "org.xerial.sqlitejdbc";
    }

    /** sqlite-jdbc is not in the Vert.x BOM: name the version the build tests with (the root pom's). */
    @Override
    public String driverVersionHint() {
        return "version 3.51.1.0, the one KakaORM is tested with";
    }

    @Override
    public BackendFactory newFactory() {
        return new SqliteBackendFactory();
    }
}
