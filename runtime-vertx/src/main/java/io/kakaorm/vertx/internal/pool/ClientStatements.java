package io.kakaorm.vertx.internal.pool;

import io.kakaorm.dialect.CompiledSql;
import io.kakaorm.dialect.Dialect;
import io.kakaorm.vertx.internal.exec.Errors;
import io.kakaorm.vertx.internal.exec.RowMapper;
import io.kakaorm.vertx.internal.exec.SqlExecutor;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The statements of an {@code SqlExecutor} on any Vert.x {@link SqlClient} (a pool or one connection). */
final class ClientStatements {
    private final Dialect dialect;
    private final Function<RowSet<Row>, Object> lastInsertId;

    ClientStatements(Dialect dialect, Function<RowSet<Row>, Object> lastInsertId) {
        this.dialect = dialect;
        this.lastInsertId = lastInsertId;
    }

    Dialect dialect() {
        return dialect;
    }

    <R> Future<List<R>> query(SqlClient client, CompiledSql sql, RowMapper<R> mapper) {
        return run(client, sql, true).map(rs -> {
            List<R> out = new ArrayList<>(rs.size());
            VertxDbRow view = new VertxDbRow();
            for (Row r : rs) {
                out.add(mapper.map(view.at(r)));
            }
            return out;
        });
    }

    Future<Integer> update(SqlClient client, CompiledSql sql) {
        return run(client, sql, false).map(RowSet::rowCount);
    }

    Future<Object> insertReturningKey(SqlClient client, CompiledSql sql) {
        boolean returning = dialect.features().returning();
        return run(client, sql, true).map(rs -> {
            if (returning) {
                var it = rs.iterator();
                return it.hasNext() ? VertxDbRow.normaliseValue(it.next().getValue(0)) : null;
            }
            return lastInsertId.apply(rs);
        });
    }

    private Future<RowSet<Row>> run(SqlClient client, CompiledSql sql, boolean prepared) {
        Future<RowSet<Row>> f;
        try {
            f = prepared || !sql.binds().isEmpty()
                    ? client.preparedQuery(sql.sql()).execute(Tuple.from(sql.binds()))
                    : client.query(sql.sql()).execute();
        } catch (RuntimeException e) {
            f = Future.failedFuture(e);
        }
        return f.recover(t -> Future.failedFuture(translate(t, sql)));
    }

    RuntimeException translate(Throwable t, CompiledSql sql) {
        if (t instanceof io.vertx.sqlclient.DatabaseException d) {
            return Errors.translate(t, dialect.name(), d.getSqlState(), d.getErrorCode(), d.getMessage(), sql);
        }
        return Errors.translate(t, dialect.name(), null, 0, String.valueOf(t.getMessage()), sql);
    }
}
