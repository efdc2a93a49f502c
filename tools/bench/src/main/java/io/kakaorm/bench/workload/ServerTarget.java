package io.kakaorm.bench.workload;

import io.kakaorm.bench.load.Await;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.KakaORM;
import io.vertx.core.Vertx;
import io.vertx.core.net.NetClientOptions;
import io.vertx.mysqlclient.MySQLBuilder;
import io.vertx.mysqlclient.MySQLConnectOptions;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.SslMode;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import java.util.concurrent.TimeUnit;

/**
 * One server database opened twice on the same Vert.x instance: through KakaORM, and as a raw Vert.x
 * {@link Pool} with the same pool size and prepared-statement caching, for the baseline.
 *
 * @param label    {@code postgres} or {@code mysql}
 * @param orm      the KakaORM database
 * @param raw      the raw Vert.x pool
 * @param postgres whether placeholders are {@code $n} (else {@code ?})
 * @param url      the server URL
 */
public record ServerTarget(String label, Database orm, Pool raw, boolean postgres, String url)
        implements AutoCloseable {

    /** Opens both clients; {@code url} is a postgresql:// or mysql:// / mariadb:// URL without query. */
    public static ServerTarget open(Vertx vertx, String url, int poolSize) {
        return open(vertx, url, poolSize, true);
    }

    /** Opens the raw pool, and the ORM too when {@code withOrm} (else {@link #orm()} is {@code null}). */
    public static ServerTarget open(Vertx vertx, String url, int poolSize, boolean withOrm) {
        String ormUrl = url + (url.contains("?") ? "&" : "?") + "maxSize=" + poolSize;
        Database orm = withOrm ? Await.of(KakaORM.connect(vertx, ormUrl), 30) : null;
        CountingListener.attachIfAsked(orm);
        PoolOptions pool = new PoolOptions().setMaxSize(poolSize);
        boolean pg = url.startsWith("postgres");
        url = url.replaceFirst("^([a-z]+://[^:/@]+):@", "$1@"); // the Vert.x URI parser rejects an empty password
        Pool raw;
        if (pg) {
            PgConnectOptions o = PgConnectOptions.fromUri(url).setCachePreparedStatements(true);
            raw = PgBuilder.pool().with(pool).connectingTo(o).using(vertx).build();
        } else {
            String u = url.startsWith("mariadb://") ? "mysql://" + url.substring("mariadb://".length()) : url;
            MySQLConnectOptions o = MySQLConnectOptions.fromUri(u).setCachePreparedStatements(true);
            raw = MySQLBuilder.pool().with(pool).connectingTo(o).using(vertx).build();
        }
        return new ServerTarget(pg ? "postgres" : "mysql", orm, raw, pg, url);
    }

    /**
     * A second raw pool configured the way the runtime's backend factories configure theirs (explicit
     * NetClientOptions and connect timeout, statement cache of 256, utf8mb4 on MySQL): a diagnostic side
     * that tells pool configuration apart from ORM code.
     */
    public Pool rawLikeRuntime(Vertx vertx, String url, int poolSize) {
        url = url.replaceFirst("^([a-z]+://[^:/@]+):@", "$1@");
        PoolOptions pool = new PoolOptions()
                .setMaxSize(poolSize)
                .setConnectionTimeout(10_000)
                .setConnectionTimeoutUnit(TimeUnit.MILLISECONDS);
        NetClientOptions net = new NetClientOptions().setConnectTimeout(10_000);
        if (postgres) {
            PgConnectOptions u = PgConnectOptions.fromUri(url);
            PgConnectOptions o = new PgConnectOptions()
                    .setHost(u.getHost())
                    .setPort(u.getPort())
                    .setDatabase(u.getDatabase())
                    .setUser(u.getUser())
                    .setPassword(u.getPassword() == null ? "" : u.getPassword())
                    .setCachePreparedStatements(true)
                    .setPreparedStatementCacheMaxSize(256)
                    .setSslMode(SslMode.DISABLE);
            return PgBuilder.pool()
                    .with(pool)
                    .with(net)
                    .connectingTo(o)
                    .using(vertx)
                    .build();
        }
        String u0 = url.startsWith("mariadb://") ? "mysql://" + url.substring("mariadb://".length()) : url;
        MySQLConnectOptions u = MySQLConnectOptions.fromUri(u0);
        MySQLConnectOptions o = new MySQLConnectOptions()
                .setHost(u.getHost())
                .setPort(u.getPort())
                .setDatabase(u.getDatabase())
                .setUser(u.getUser())
                .setPassword(u.getPassword() == null ? "" : u.getPassword())
                .setCharset("utf8mb4")
                .setCachePreparedStatements(true)
                .setPreparedStatementCacheMaxSize(256)
                .setSslMode(io.vertx.mysqlclient.SslMode.DISABLED); // checkstyle:allow-fqn
        return MySQLBuilder.pool()
                .with(pool)
                .with(net)
                .connectingTo(o)
                .using(vertx)
                .build();
    }

    /** {@code $n} on PostgreSQL, {@code ?} elsewhere. */
    public String placeholder(int n) {
        return postgres ? "$" + n : "?";
    }

    @Override
    public void close() {
        Await.of(raw.close(), 30);
        if (orm != null) {
            Await.of(orm.disconnect(), 30);
        }
    }
}
