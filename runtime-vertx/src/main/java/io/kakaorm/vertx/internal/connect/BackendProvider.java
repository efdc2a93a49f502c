package io.kakaorm.vertx.internal.connect;

import io.kakaorm.dialect.Dialect;
import io.kakaorm.vertx.ConnectOptions;
import io.kakaorm.vertx.ConnectOptions.Kind;
import io.kakaorm.vertx.internal.exec.BackendFactory;
import java.util.List;

/**
 * One database as the runtime sees it, found by {@link java.util.ServiceLoader} (one line in
 * {@code META-INF/services/io.kakaorm.vertx.internal.connect.BackendProvider}): its URL schemes, its
 * dialect, its driver and how to open it. A provider must not touch its driver's classes until
 * {@link #newFactory()}, so that the drivers stay optional dependencies.
 */
public interface BackendProvider {
    /** The {@link io.kakaorm.vertx.ConnectOptions} kind this database is. */
    Kind kind();

    /** The URL schemes naming it ({@code postgresql}, {@code postgres}); the first is the one URLs are written with. */
    List<String> urlSchemes();

    /** The port a URL without one connects to; {@code 0} for a database that is a file. */
    int defaultPort();

    /** The product's name for messages ({@code PostgreSQL}, {@code MySQL/MariaDB}, {@code SQLite}). */
    String product();

    /**
     * Whether the database is a file opened in this process (SQLite): its URL names a file, not a host, and it
     * has no Vert.x {@code Pool} to wrap and no read replicas.
     */
    default boolean embedded() {
        return false;
    }

    /**
     * The options of a server database at {@code host:port} (a URL's parts, parameters not yet applied).
     *
     * @throws UnsupportedOperationException for an {@link #embedded()} database
     */
    default ConnectOptions serverOptions(String host, int port, String database, String user, String password) {
        throw new UnsupportedOperationException(product() + " is not a server");
    }

    /** The dialect that renders its SQL. */
    Dialect dialect();

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
