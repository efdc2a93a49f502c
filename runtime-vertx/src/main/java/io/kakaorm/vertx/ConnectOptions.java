package io.kakaorm.vertx;

import io.kakaorm.vertx.internal.connect.ConnectUrl;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How to reach a database: parsed from a URL by {@link #parse(String)} or built in code with the
 * {@code with…} methods (each returns a new value). Immutable and thread-safe; {@link #toString()} masks
 * the password.
 *
 * <pre>{@code
 * ConnectOptions pg = ConnectOptions.parse("postgresql://app:secret@db:5432/app?maxSize=16&connectTimeout=2000");
 * ConnectOptions lite = ConnectOptions.sqliteFile("./app.db").withBusyTimeout(10_000);
 * }</pre>
 *
 * <p>URL query parameters: {@code maxSize} (pool size), {@code connectTimeout}, {@code idleTimeout} and
 * {@code busyTimeout} (milliseconds; {@code busyTimeout} is SQLite's lock wait), {@code ssl}
 * ({@code true}/{@code false}), and {@code search_path} (PostgreSQL, sent as a startup property).
 *
 * @param kind           which database
 * @param host           server host ({@code null} for SQLite)
 * @param port           server port (0 for SQLite)
 * @param database       database name ({@code null} for SQLite)
 * @param user           user name, or {@code null}
 * @param password       password, or {@code null}
 * @param file           SQLite file path, or {@code null} for {@code sqlite::memory:} and servers
 * @param maxSize        the most connections in the pool (SQLite: reader connections)
 * @param connectTimeout milliseconds to wait for a connection
 * @param idleTimeout    milliseconds after which an idle pooled connection is closed; 0 = never
 * @param busyTimeout    SQLite: milliseconds to wait on a locked database
 * @param ssl            connect with TLS
 * @param properties     extra driver/session properties (PostgreSQL startup parameters such as {@code search_path})
 */
public record ConnectOptions(Kind kind, String host, int port, String database, String user, String password,
        String file, int maxSize, long connectTimeout, long idleTimeout, long busyTimeout, boolean ssl,
        Map<String, String> properties) {

    /** The kind of database a URL names. */
    public enum Kind {
        /** {@code postgresql://} or {@code postgres://}. */
        POSTGRES,
        /** {@code mysql://} or {@code mariadb://}. */
        MYSQL,
        /** {@code sqlite:…}. */
        SQLITE
    }

    /** Default pool size. */
    public static final int DEFAULT_MAX_SIZE = 5;
    /** Default connect timeout, ms. */
    public static final long DEFAULT_CONNECT_TIMEOUT = 10_000;
    /** Default SQLite busy timeout, ms. */
    public static final long DEFAULT_BUSY_TIMEOUT = 5_000;

    public ConnectOptions {
        if (kind == null) {
            throw new IllegalArgumentException("kind is required");
        }
        if (maxSize < 1) {
            throw new IllegalArgumentException("maxSize must be at least 1, not " + maxSize);
        }
        if (connectTimeout < 0 || idleTimeout < 0 || busyTimeout < 0) {
            throw new IllegalArgumentException("timeouts must not be negative");
        }
        properties = Map.copyOf(properties == null ? Map.of() : properties);
    }

    /**
     * Parses a connection URL.
     *
     * @throws IllegalArgumentException naming what is wrong (unknown scheme, bad port, unknown
     *                                  parameter, …); the message shows the URL with its password masked
     */
    public static ConnectOptions parse(String url) {
        return ConnectUrl.parse(url);
    }

    /** A PostgreSQL server. */
    public static ConnectOptions postgres(String host, int port, String database, String user, String password) {
        return new ConnectOptions(Kind.POSTGRES, host, port, database, user, password, null, DEFAULT_MAX_SIZE,
                DEFAULT_CONNECT_TIMEOUT, 0, DEFAULT_BUSY_TIMEOUT, false, Map.of());
    }

    /** A MySQL or MariaDB server. */
    public static ConnectOptions mysql(String host, int port, String database, String user, String password) {
        return new ConnectOptions(Kind.MYSQL, host, port, database, user, password, null, DEFAULT_MAX_SIZE,
                DEFAULT_CONNECT_TIMEOUT, 0, DEFAULT_BUSY_TIMEOUT, false, Map.of());
    }

    /** An SQLite database file (created when missing). */
    public static ConnectOptions sqliteFile(String path) {
        return new ConnectOptions(Kind.SQLITE, null, 0, null, null, null, path, DEFAULT_MAX_SIZE,
                DEFAULT_CONNECT_TIMEOUT, 0, DEFAULT_BUSY_TIMEOUT, false, Map.of());
    }

    /** A private in-memory SQLite database, shared by every call of the {@code Database}. */
    public static ConnectOptions sqliteMemory() {
        return sqliteFile(null);
    }

    /** Whether this is {@code sqlite::memory:}. */
    public boolean memory() {
        return kind == Kind.SQLITE && file == null;
    }

    /** A copy with another pool size. */
    public ConnectOptions withMaxSize(int n) {
        return new ConnectOptions(kind, host, port, database, user, password, file, n, connectTimeout, idleTimeout,
                busyTimeout, ssl, properties);
    }

    /** A copy with another connect timeout (ms). */
    public ConnectOptions withConnectTimeout(long ms) {
        return new ConnectOptions(kind, host, port, database, user, password, file, maxSize, ms, idleTimeout,
                busyTimeout, ssl, properties);
    }

    /** A copy with another idle timeout (ms, 0 = never). */
    public ConnectOptions withIdleTimeout(long ms) {
        return new ConnectOptions(kind, host, port, database, user, password, file, maxSize, connectTimeout, ms,
                busyTimeout, ssl, properties);
    }

    /** A copy with another SQLite busy timeout (ms). */
    public ConnectOptions withBusyTimeout(long ms) {
        return new ConnectOptions(kind, host, port, database, user, password, file, maxSize, connectTimeout,
                idleTimeout, ms, ssl, properties);
    }

    /** A copy with TLS on or off. */
    public ConnectOptions withSsl(boolean on) {
        return new ConnectOptions(kind, host, port, database, user, password, file, maxSize, connectTimeout,
                idleTimeout, busyTimeout, on, properties);
    }

    /** A copy connecting to another database (schema on MySQL). */
    public ConnectOptions withDatabase(String name) {
        return new ConnectOptions(kind, host, port, name, user, password, file, maxSize, connectTimeout,
                idleTimeout, busyTimeout, ssl, properties);
    }

    /** A copy with one more driver/session property. */
    public ConnectOptions withProperty(String name, String value) {
        Map<String, String> p = new LinkedHashMap<>(properties);
        p.put(name, value);
        return new ConnectOptions(kind, host, port, database, user, password, file, maxSize, connectTimeout,
                idleTimeout, busyTimeout, ssl, p);
    }

    /** The options as a URL with the password shown as {@code ***}. */
    @Override
    public String toString() {
        return ConnectUrl.format(this, true);
    }
}
