package io.kakaorm.vertx.internal.exec;

import io.vertx.core.Future;

/**
 * One database's connections: a pool-level {@link SqlExecutor} plus transactions and shutdown.
 * Implemented per driver ({@code PgBackend}, {@code MySqlBackend}, {@code SqliteBackend}), each loaded only
 * when its URL kind is used so that the other drivers may be absent from the class path.
 */
public interface Backend extends SqlExecutor {
    /** Takes a connection (SQLite: waits for the writer) and runs BEGIN on it. */
    Future<TxExecutor> begin();

    /** Closes every connection and worker thread this backend made. */
    Future<Void> close();

    /** The driver object of {@code type} under this backend (the Vert.x {@code Pool}), or {@code null}. */
    default <X> X unwrap(Class<X> type) {
        return null;
    }
}
