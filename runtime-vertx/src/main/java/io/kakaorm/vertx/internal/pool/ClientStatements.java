package io.kakaorm.vertx.internal.pool;

import io.kakaorm.dialect.CompiledSql;
import io.kakaorm.dialect.Dialect;
import io.kakaorm.vertx.ConnectOptions;
import io.kakaorm.vertx.internal.exec.Errors;
import io.kakaorm.vertx.internal.exec.RowMapper;
import io.kakaorm.vertx.internal.exec.ServerErrors;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.DatabaseException;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/** The statements of an {@code SqlExecutor} on any Vert.x {@link SqlClient} (a pool or one connection). */
public final class ClientStatements {
    private final Dialect dialect;
    private final Function<RowSet<Row>, Object> lastInsertId;
    private final ConnectOptions options;
    private final StatementLimits limits;
    private final ServerErrors errors;

    /**
     * @param lastInsertId the key an INSERT generated, read from its result (for a dialect without RETURNING)
     * @param limits       how the database stops a statement past its timeout
     * @param errors       what the database's errors mean
     */
    public ClientStatements(
            Dialect dialect,
            Function<RowSet<Row>, Object> lastInsertId,
            ConnectOptions options,
            StatementLimits limits,
            ServerErrors errors) {
        this.dialect = dialect;
        this.lastInsertId = lastInsertId;
        this.options = options;
        this.limits = limits;
        this.errors = errors;
    }

    /** The text sent for {@code sql} (with its own timeout where the database limits a statement by its text). */
    String text(CompiledSql sql) {
        return limits.text(sql, options.statementTimeout());
    }

    /** The statement's timeout in milliseconds: its own, else the database's; 0 = none. */
    long timeoutMillis(CompiledSql sql) {
        return sql.timeoutMillis(options.statementTimeout());
    }

    StatementLimits limits() {
        return limits;
    }

    ConnectOptions options() {
        return options;
    }

    Dialect dialect() {
        return dialect;
    }

    <R> Future<List<R>> query(SqlClient client, CompiledSql sql, RowMapper<R> mapper) {
        return run(client, sql, true, rs -> {
            List<R> out = new ArrayList<>(rs.size());
            VertxDbRow view = new VertxDbRow();
            for (Row r : rs) {
                out.add(mapper.map(view.at(r)));
            }
            return out;
        });
    }

    Future<Integer> update(SqlClient client, CompiledSql sql) {
        return run(client, sql, false, RowSet::rowCount);
    }

    Future<Object> insertReturningKey(SqlClient client, CompiledSql sql) {
        boolean returning = dialect.features().returning();
        return run(client, sql, true, rs -> {
            if (returning) {
                var it = rs.iterator();
                return it.hasNext() ? VertxDbRow.normaliseValue(it.next().getValue(0)) : null;
            }
            return lastInsertId.apply(rs);
        });
    }

    /**
     * Runs {@code sql} and reads its rows with {@code read}. A statement that succeeds passes one future stage
     * after the driver's (the read and the failure handling share it); a failed one may run again
     * ({@link Retries}) and is translated into the ORM's exceptions. An exception thrown by {@code read} fails
     * the future as it is.
     */
    private <R> Future<R> run(SqlClient client, CompiledSql sql, boolean prepared, Function<RowSet<Row>, R> read) {
        return limited(client, sql, prepared).transform(ar -> {
            if (ar.succeeded()) {
                try {
                    return Future.succeededFuture(read.apply(ar.result()));
                } catch (RuntimeException e) {
                    return Future.failedFuture(e);
                }
            }
            return failed(client, sql, prepared, ar.cause()).map(read);
        });
    }

    /** What a failed attempt becomes: one more attempt where that is safe, else the translated failure. */
    private Future<RowSet<Row>> failed(SqlClient client, CompiledSql sql, boolean prepared, Throwable t) {
        if (client instanceof Pool pool) { // outside a transaction: a statement that never ran may run again
            if (lostConnection(t, sql)) {
                // on a later turn of the event loop, once the pool has seen the broken connection close
                return translated(later(() -> limited(pool, sql, prepared)), sql);
            }
            if (Retries.stalePlan(t, errors)) { // the failed plan was evicted; re-prepare on one connection
                return translated(
                        pool.withConnection(c -> limited(c, sql, prepared)
                                .recover(t2 -> Retries.stalePlan(t2, errors)
                                        ? limited(c, sql, prepared)
                                        : Future.failedFuture(t2))),
                        sql);
            }
        }
        return Future.failedFuture(translate(t, sql));
    }

    private Future<RowSet<Row>> translated(Future<RowSet<Row>> retry, CompiledSql sql) {
        return retry.recover(t -> Future.failedFuture(translate(t, sql)));
    }

    private static <T> Future<T> later(Supplier<Future<T>> work) {
        Context ctx = Vertx.currentContext();
        if (ctx == null) {
            return work.get();
        }
        Promise<T> p = Promise.promise();
        ctx.runOnContext(v -> work.get().onComplete(p));
        return p.future();
    }

    /** One attempt of {@code sql}, stopped on the server when it outlasts its timeout. */
    private Future<RowSet<Row>> limited(SqlClient client, CompiledSql sql, boolean prepared) {
        String text = text(sql);
        return limits.run(client, timeoutMillis(sql), c -> attempt(c, text, sql, prepared));
    }

    private static Future<RowSet<Row>> attempt(SqlClient client, String text, CompiledSql sql, boolean prepared) {
        try {
            return prepared || !sql.binds().isEmpty()
                    ? client.preparedQuery(text).execute(Tuple.from(sql.binds()))
                    : client.query(text).execute();
        } catch (RuntimeException e) {
            return Future.failedFuture(e);
        }
    }

    /** Whether {@code t}, the failure of {@code sql} run on the pool, allows one more attempt ({@link Retries}). */
    boolean lostConnection(Throwable t, CompiledSql sql) {
        return Retries.lostConnection(t, sql, errors);
    }

    RuntimeException translate(Throwable t, CompiledSql sql) {
        RuntimeException pool = PoolErrors.translate(t, dialect.name(), options, sql, errors);
        if (pool != null) {
            return pool;
        }
        if (t instanceof DatabaseException d) {
            return Errors.translate(t, errors, dialect.name(), d.getSqlState(), d.getErrorCode(), d.getMessage(), sql);
        }
        return Errors.translate(t, errors, dialect.name(), null, 0, PoolErrors.message(t), sql);
    }
}
