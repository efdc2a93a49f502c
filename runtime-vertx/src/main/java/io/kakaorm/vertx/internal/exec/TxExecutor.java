package io.kakaorm.vertx.internal.exec;

import io.kakaorm.dialect.CompiledSql;
import io.vertx.core.Future;
import java.util.List;

/**
 * An {@link SqlExecutor} bound to one connection inside an open transaction (on SQLite: the writer
 * connection, held until the transaction ends). Every statement runs on that connection in submission
 * order. {@link #commit()} or {@link #rollback()} ends it and gives the connection back; afterwards
 * every call fails.
 */
public interface TxExecutor extends SqlExecutor {
    /** COMMIT and release the connection. */
    Future<Void> commit();

    /** ROLLBACK and release the connection; completes normally even when the database already aborted. */
    Future<Void> rollback();

    /** Opens the savepoint {@code name}, in the dialect's syntax. */
    default Future<Void> savepoint(String name) {
        return update(new CompiledSql(dialect().savepoint(name), List.of())).mapEmpty();
    }

    /** Releases the savepoint {@code name}, in the dialect's syntax. */
    default Future<Void> releaseSavepoint(String name) {
        return update(new CompiledSql(dialect().releaseSavepoint(name), List.of()))
                .mapEmpty();
    }

    /** Rolls back to the savepoint {@code name}, in the dialect's syntax. */
    default Future<Void> rollbackToSavepoint(String name) {
        return update(new CompiledSql(dialect().rollbackToSavepoint(name), List.of()))
                .mapEmpty();
    }
}
