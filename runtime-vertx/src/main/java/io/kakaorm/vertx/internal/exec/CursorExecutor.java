package io.kakaorm.vertx.internal.exec;

import io.kakaorm.QueryStream;
import io.kakaorm.dialect.CompiledSql;

/**
 * An {@link SqlExecutor} that can stream a query through a server-side cursor, reading
 * {@code fetchSize} rows per round trip (PostgreSQL portals, MySQL/MariaDB cursor fetch).
 */
public interface CursorExecutor {
    /**
     * A back-pressured stream of the query's mapped rows. Reading starts when a handler is set; the
     * connection (and, on the pool, its read transaction) is released at the end, on failure, or when
     * the stream is abandoned after an error.
     *
     * @return the stream, or {@code null} when this executor cannot stream this statement (the caller
     *         then reads it in chunks)
     */
    <R> QueryStream<R> cursor(CompiledSql sql, RowMapper<R> mapper, int fetchSize);
}
