package io.kakaorm.vertx;

import io.kakaorm.vertx.internal.connect.Connector;
import io.kakaorm.vertx.internal.connect.PoolWrapper;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;

/**
 * The entry point: connects to a database by URL.
 *
 * <pre>{@code
 * Database db = KakaORM.connect("sqlite::memory:").await();
 * Database pg = KakaORM.connect(vertx, "postgresql://user:pw@localhost:5432/app?maxSize=8").await();
 * }</pre>
 *
 * URLs: {@code postgresql://}, {@code mysql://}, {@code mariadb://}, {@code sqlite::memory:},
 * {@code sqlite:./file.db}, {@code sqlite:///./file.db}. Query parameters: {@code maxSize} (pool size),
 * {@code connectTimeout} and {@code idleTimeout} (milliseconds), {@code busyTimeout} (SQLite, ms),
 * {@code ssl} (true/false), {@code search_path} (PostgreSQL); {@code replicas=host:port,…} sends reads outside transactions
 * to read replicas (see {@link ReadReplicas}).
 *
 * <p>The PostgreSQL and MySQL clients and sqlite-jdbc are optional dependencies: add the one for your
 * database ({@code io.vertx:vertx-pg-client}, {@code io.vertx:vertx-mysql-client},
 * {@code org.xerial:sqlite-jdbc}); connecting without it fails with a message naming the artifact.
 */
public final class KakaORM {
    private KakaORM() {}

    /**
     * Connects with a Vert.x instance of its own, which {@link Database#close()} closes.
     *
     * @return fails with {@link IllegalArgumentException} naming what is wrong with a malformed or
     *         unknown URL (password masked), or with the driver's error when the database is unreachable
     */
    public static Future<Database> connect(String url) {
        return connect(null, url);
    }

    /** Connects on the given Vert.x instance, which stays the caller's. */
    public static Future<Database> connect(Vertx vertx, String url) {
        ConnectOptions options;
        try {
            options = ConnectOptions.parse(url);
        } catch (IllegalArgumentException e) {
            return Future.failedFuture(e);
        }
        return connect(vertx, options);
    }

    /**
     * A {@link Database} over a Vert.x {@link Pool} the application already has (PostgreSQL or
     * MySQL/MariaDB). The pool stays the caller's: {@link Database#disconnect()} leaves it open.
     *
     * @param vertx the Vert.x instance the pool runs on; {@code null} on a Vert.x thread for the current one
     * @throws IllegalArgumentException for a file database ({@code Kind.embedded()}: SQLite runs on sqlite-jdbc, not a
     *                                  Vert.x pool)
     */
    public static Database wrap(Vertx vertx, Pool pool, ConnectOptions.Kind kind) {
        return PoolWrapper.wrap(vertx, pool, PoolWrapper.optionsOf(kind), false);
    }

    /**
     * {@link #wrap(Vertx, Pool, ConnectOptions.Kind)} with KakaORM's options ({@code options.kind()}, the
     * statement timeout; the pool and connection settings in them are not used, the pool has its own), and
     * {@code closePool = true} to hand the pool over: {@link Database#disconnect()} then closes it.
     */
    public static Database wrap(Vertx vertx, Pool pool, ConnectOptions options, boolean closePool) {
        return PoolWrapper.wrap(vertx, pool, options, closePool);
    }

    /** Connects with explicit options; {@code vertx} may be {@code null} to get an owned instance. */
    public static Future<Database> connect(Vertx vertx, ConnectOptions options) {
        return Connector.connect(vertx, options);
    }
}
