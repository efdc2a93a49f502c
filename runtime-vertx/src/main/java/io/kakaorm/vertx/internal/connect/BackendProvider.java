package io.kakaorm.vertx.internal.connect;

import io.kakaorm.dialect.Dialect;
import io.kakaorm.vertx.ConnectOptions;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.internal.exec.BackendFactory;
import io.kakaorm.vertx.internal.exec.ServerErrors;
import io.vertx.core.Future;
import java.util.List;

/**
 * One database as the runtime sees it, found by {@link java.util.ServiceLoader} (one line in
 * {@code META-INF/services/io.kakaorm.vertx.internal.connect.BackendProvider} and a {@code provides} line in
 * {@code module-info.java}): its name, URL schemes, dialect, driver, how to open it, and every fact of its own
 * the runtime needs ({@link #errors()}, {@link #emptyTables}, …), so that no other file compares database names.
 * A provider must not touch its driver's classes until {@link #newFactory()}, so that the drivers stay optional
 * dependencies.
 */
public interface BackendProvider {
    /** Its name: the name of {@link ConnectOptions.Kind} and of its dialect ({@code Dialect.name()}). */
    default String name() {
        return dialect().name();
    }

    /** The URL schemes naming it ({@code postgresql}, {@code postgres}); the first is the one URLs are written with. */
    List<String> urlSchemes();

    /** The port a URL without one connects to; {@code 0} for a database that is a file. */
    int defaultPort();

    /** The product's name for messages ({@code PostgreSQL}, {@code MySQL/MariaDB}, {@code SQLite}). */
    String product();

    /**
     * Whether the database is a file opened in this process: its URL names a file, not a host
     * ({@link #fileOptions}, {@link #fileUrl}), and it has no Vert.x {@code Pool} to wrap and no read replicas.
     */
    default boolean embedded() {
        return false;
    }

    /**
     * The options of an {@link #embedded()} database from its URL after {@code scheme:} ({@code rest}).
     *
     * @param masked the whole URL, password masked, for messages
     * @throws IllegalArgumentException naming what is wrong with the URL
     */
    default ConnectOptions fileOptions(String rest, String masked) {
        throw new UnsupportedOperationException(product() + " is no file database");
    }

    /** The URL of an {@link #embedded()} database without its parameters ({@code scheme:path}). */
    default String fileUrl(ConnectOptions o) {
        throw new UnsupportedOperationException(product() + " is no file database");
    }

    /**
     * For an {@link #embedded()} database, what it runs on instead of a Vert.x {@code Pool}, for the messages
     * of {@code KakaORM.wrap} and {@code Database.unwrap(Pool.class)}.
     */
    default String runsOn() {
        return "an io.vertx.sqlclient.Pool";
    }

    /** The dialect that renders its SQL. */
    Dialect dialect();

    /** What its errors mean: constraint codes, statement timeouts, replica refusals, TLS hints. */
    ServerErrors errors();

    /**
     * Empties {@code tables} (children before the tables they reference; the last is the one asked for) and
     * restarts their generated keys, as {@code Database.truncate} does.
     *
     * @param quoted the same tables quoted by the dialect
     */
    Future<Void> emptyTables(Database db, List<String> tables, List<String> quoted);

    /**
     * For a dialect that does not render INSERT … RETURNING ({@code features().returning()}), why this server
     * cannot run it either (e.g. its version), or {@code null} when it can.
     */
    default Future<String> returningMissing(Database db) {
        return Future.succeededFuture(dialect().name() + " has no INSERT … RETURNING");
    }

    /** A class of the driver, looked up (not initialised) to tell whether the driver is on the class path. */
    String driverProbeClass();

    /** The Maven artifact of the driver, for the message when it is missing. */
    String driverArtifact();

    /** The Java module of the driver, for the message when it is missing on the module path. */
    String driverModule();

    /** Where the driver's version comes from, for the message when it is missing. */
    default String driverVersionHint() {
        return "version managed by io.vertx:vertx-stack-depchain or your BOM";
    }

    /** A new factory; called only after the driver was found. */
    BackendFactory newFactory();
}
