package io.kakaorm.spi;

import io.kakaorm.QueryStream;
import io.kakaorm.meta.ModelMeta;
import io.kakaorm.query.Delete;
import io.kakaorm.query.InsertSelect;
import io.kakaorm.query.Projection;
import io.kakaorm.query.Select;
import io.kakaorm.query.Update;
import io.vertx.core.Future;
import java.time.Duration;
import java.util.List;

/**
 * What a {@link io.kakaorm.Query} needs from a database: render a statement with its dialect, run it,
 * and turn rows into results. The runtime implements it; queries never see the runtime directly.
 *
 * <p>{@code params} hold the Java values of the statement's {@code Param} slots (the dialect converts
 * and binds them). Implementations are thread-safe.
 */
public interface QueryExecutor {

    /**
     * This executor with every statement limited to {@code timeout}: a statement still running then is
     * cancelled on the server and fails with {@link io.kakaorm.DatabaseTimeoutException}
     * ({@link java.time.Duration#ZERO}: no limit, even when the database has a default one).
     *
     * @throws UnsupportedOperationException when the executor cannot limit its statements
     */
    default QueryExecutor withTimeout(Duration timeout) {
        throw new UnsupportedOperationException(
                "statement timeouts on " + getClass().getName());
    }

    /** Runs {@code select} (its items replaced by the projection's) and returns every result. */
    <R> Future<List<R>> list(Select select, Object[] params, Projection<R> projection);

    /**
     * A back-pressured stream of the results of {@code select}, reading at most {@code fetchSize} rows
     * at a time from the database (a cursor, or chunked reads) and never holding the whole result.
     * The stream starts reading when a handler is set; it ends with the last row or fails.
     */
    <R> QueryStream<R> stream(Select select, Object[] params, Projection<R> projection, int fetchSize);

    /** {@code SELECT COUNT(*)} over {@code select}, honouring its LIMIT/OFFSET. */
    Future<Long> count(Select select, Object[] params);

    /** Runs an UPDATE and returns the affected row count. */
    Future<Integer> update(Update update, Object[] params);

    /** Runs a DELETE and returns the affected row count. */
    Future<Integer> delete(Delete delete, Object[] params);

    /** Runs an INSERT … SELECT and returns the inserted row count. */
    default Future<Integer> insertSelect(InsertSelect insert, Object[] params) {
        return Future.failedFuture(new UnsupportedOperationException(
                "INSERT … SELECT on " + getClass().getName()));
    }

    /** The SQL text and binds of {@code select} in this database's dialect (for messages and logs). */
    String describe(Select select, Object[] params);

    /** The SQL text and binds of an UPDATE as {@link #update} would run it (not run). */
    default String describe(Update update, Object[] params) {
        throw new UnsupportedOperationException(
                "describing an UPDATE on " + getClass().getName());
    }

    /** The SQL text and binds of a DELETE (not run). */
    default String describe(Delete delete, Object[] params) {
        throw new UnsupportedOperationException(
                "describing a DELETE on " + getClass().getName());
    }

    /** The SQL text and binds of an INSERT … SELECT (not run). */
    default String describe(InsertSelect insert, Object[] params) {
        throw new UnsupportedOperationException(
                "describing an INSERT … SELECT on " + getClass().getName());
    }

    /**
     * Moves the rows {@code rows} selects from its table into {@code to} (same columns): INSERT … SELECT
     * then DELETE, in one transaction. Completes with the number of rows moved.
     */
    default Future<Integer> move(Select rows, ModelMeta<?> to, Object[] params) {
        return Future.failedFuture(new UnsupportedOperationException("this executor cannot move rows"));
    }
}
