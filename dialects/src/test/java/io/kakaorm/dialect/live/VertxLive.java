package io.kakaorm.dialect.live;

import io.kakaorm.dialect.CompiledSql;
import io.kakaorm.dialect.Dialect;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.mysqlclient.MySQLClient;
import io.vertx.mysqlclient.MySQLConnectOptions;
import io.vertx.mysqlclient.MySQLConnection;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.PgConnection;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/** One Vert.x client connection in a private schema/database, used blocking. */
abstract class VertxLive implements LiveDb {
    private static final Vertx VERTX = Vertx.vertx();
    protected final Dialect dialect;
    protected final String name = TestDb.uniqueName();
    protected SqlConnection conn;

    VertxLive(Dialect dialect) {
        this.dialect = dialect;
    }

    static <T> T await(Future<T> f) {
        try {
            return f.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Dialect dialect() {
        return dialect;
    }

    @Override
    public void execute(String sql) {
        try {
            await(conn.query(sql).execute());
        } catch (IllegalStateException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    protected RowSet<Row> run(CompiledSql sql) {
        try {
            return await(conn.preparedQuery(sql.sql()).execute(Tuple.from(new ArrayList<>(sql.binds()))));
        } catch (IllegalStateException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    @Override
    public List<List<Object>> query(CompiledSql sql) {
        List<List<Object>> out = new ArrayList<>();
        for (Row r : run(sql)) {
            List<Object> row = new ArrayList<>(r.size());
            for (int i = 0; i < r.size(); i++) {
                row.add(r.getValue(i));
            }
            out.add(row);
        }
        return out;
    }

    static final class Pg extends VertxLive {
        Pg(Dialect dialect, String url) {
            super(dialect);
            conn = await(PgConnection.connect(VERTX, PgConnectOptions.fromUri(url)));
            execute("CREATE SCHEMA " + name);
            execute("SET search_path TO " + name);
        }

        @Override
        public Object insert(CompiledSql sql) {
            return run(sql).iterator().next().getValue(0);
        }

        @Override
        public void close() {
            execute("DROP SCHEMA " + name + " CASCADE");
            await(conn.close());
        }
    }

    static final class My extends VertxLive {
        private final MySQLConnectOptions options;

        My(Dialect dialect, String url) {
            super(dialect);
            options = MySQLConnectOptions.fromUri(url);
            SqlConnection admin = await(MySQLConnection.connect(VERTX, options));
            await(admin.query("CREATE DATABASE " + name).execute());
            await(admin.close());
            conn = await(MySQLConnection.connect(VERTX, new MySQLConnectOptions(options).setDatabase(name)));
        }

        @Override
        public Object insert(CompiledSql sql) {
            return run(sql).property(MySQLClient.LAST_INSERTED_ID);
        }

        @Override
        public void close() {
            execute("DROP DATABASE " + name);
            await(conn.close());
        }
    }
}
