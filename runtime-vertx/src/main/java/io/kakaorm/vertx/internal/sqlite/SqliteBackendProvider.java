package io.kakaorm.vertx.internal.sqlite;

import io.kakaorm.dialect.Dialect;
import io.kakaorm.dialect.Dialects;
import io.kakaorm.dialect.sqlite.SqliteDialect;
import io.kakaorm.vertx.ConnectOptions;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.internal.connect.BackendProvider;
import io.kakaorm.vertx.internal.exec.BackendFactory;
import io.kakaorm.vertx.internal.exec.ServerErrors;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.List;

/** SQLite through sqlite-jdbc on Vert.x worker threads. */
public final class SqliteBackendProvider implements BackendProvider {
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

    /** {@code :memory:}, {@code ./x.db}, {@code ///./x.db} (→ {@code ./x.db}), {@code ////abs/x.db} (→ {@code /abs/x.db}). */
    @Override
    public ConnectOptions fileOptions(String rest, String masked) {
        if (rest.equals(":memory:")) {
            return ConnectOptions.sqliteMemory();
        }
        String path = rest;
        if (rest.startsWith("//")) {
            String after = rest.substring(2);
            if (!after.startsWith("/")) {
                throw new IllegalArgumentException("SQLite URL " + masked
                        + " names a host; use sqlite:./file.db, sqlite:///./file.db or sqlite:////abs/file.db");
            }
            path = after.substring(1);
        }
        if (path.isEmpty()) {
            throw new IllegalArgumentException(
                    "SQLite URL " + masked + " has no file name; use sqlite::memory: or sqlite:./file.db");
        }
        return ConnectOptions.sqliteFile(path);
    }

    @Override
    public String fileUrl(ConnectOptions o) {
        return o.memory() ? "sqlite::memory:" : "sqlite:" + o.file();
    }

    @Override
    public String runsOn() {
        return "sqlite-jdbc connections on worker threads (one writer, pooled readers)";
    }

    @Override
    public Dialect dialect() {
        return Dialects.forName(SqliteDialect.NAME);
    }

    @Override
    public ServerErrors errors() {
        return SqliteServerErrors.INSTANCE;
    }

    /** DELETE FROM each (SQLite has no TRUNCATE), then the tables' AUTOINCREMENT counters in sqlite_sequence. */
    @Override
    public Future<Void> emptyTables(Database db, List<String> tables, List<String> quoted) {
        return db.transaction(tx -> {
            Future<Integer> f = Future.succeededFuture(0);
            for (String q : quoted) {
                f = f.compose(n -> tx.execute("DELETE FROM " + q));
            }
            return f.compose(n -> tx.fetch("SELECT name FROM sqlite_master WHERE name = 'sqlite_sequence'"))
                    .compose(seq -> seq.isEmpty()
                            ? Future.succeededFuture(0)
                            : tx.execute(
                                    "DELETE FROM sqlite_sequence WHERE name IN ("
                                            + String.join(
                                                    ", ",
                                                    tables.stream()
                                                            .map(t -> "?")
                                                            .toList())
                                            + ")",
                                    new ArrayList<Object>(tables)))
                    .mapEmpty();
        });
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
