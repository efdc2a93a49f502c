package io.kakaorm.vertx.internal.exec;

import io.kakaorm.dialect.Dialect;
import io.kakaorm.vertx.ConnectOptions;
import io.kakaorm.vertx.internal.connect.Connector;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;

/**
 * Opens a {@link Backend} for one kind of database. Implementations are loaded by class name
 * ({@link Connector}) so that each driver is needed only when its URL kind is used.
 */
public interface BackendFactory {
    /** Opens the backend; the future fails when the database cannot be reached. */
    Future<Backend> open(Vertx vertx, ConnectOptions options, Dialect dialect);

    /**
     * A backend over a Vert.x {@code Pool} the application built; {@code closePool} says whether closing the
     * backend closes the pool.
     *
     * @throws IllegalArgumentException when this kind of database does not run on a Vert.x {@code Pool}
     */
    default Backend wrap(Pool pool, ConnectOptions options, Dialect dialect, boolean closePool) {
        throw new IllegalArgumentException(dialect.name() + " does not run on a Vert.x Pool");
    }
}
