package io.kakaorm.vertx.internal.exec;

import io.kakaorm.dialect.CompiledSql;
import io.kakaorm.dialect.Dialect;
import io.vertx.core.Future;
import java.util.List;

/**
 * Runs compiled SQL on one database, either on the pool (a statement takes any connection) or on the
 * connection of an open transaction ({@link TxExecutor}). The same contract on PostgreSQL, MySQL/MariaDB
 * and SQLite; this is the seam between the query layer and the drivers.
 *
 * <p>Every method returns a future that fails with {@link io.kakaorm.IntegrityException} for a
 * constraint violation and {@link io.kakaorm.DatabaseException} for any other database error, both
 * carrying the SQL and binds. The SQL text must already be in the dialect's placeholder style (what
 * {@link Dialect} renders, or {@link Dialect#placeholders(String)} for raw SQL); binds must already be
 * converted with {@link Dialect#toDb(Object)}.
 *
 * <p>Use {@code DatabaseImpl.executor()} to get the executor of the calling context: it is the
 * transaction's when one is open on this Vert.x context, else the pool's. Thread-safe.
 */
public interface SqlExecutor {
    /** The dialect whose SQL this executor runs. */
    Dialect dialect();

    /**
     * Runs a query and maps every row.
     *
     * @return the mapped rows in result order
     */
    <R> Future<List<R>> query(CompiledSql sql, RowMapper<R> mapper);

    /**
     * Runs an INSERT/UPDATE/DELETE/DDL statement.
     *
     * @return the affected row count (0 for DDL)
     */
    Future<Integer> update(CompiledSql sql);

    /**
     * Runs a one-row INSERT and returns the generated key: the first column of the first row when the
     * dialect renders {@code RETURNING} ({@code features().returning()}), else the driver's
     * last-insert-id. Completes with {@code null} when the statement generated no key.
     *
     * @return the key as the driver returned it (convert with {@code dialect.fromDb})
     */
    Future<Object> insertReturningKey(CompiledSql sql);
}
