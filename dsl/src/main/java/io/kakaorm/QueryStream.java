package io.kakaorm;

import io.vertx.core.Future;
import io.vertx.core.streams.ReadStream;

/**
 * The back-pressured result stream of {@link Query#stream()}: a Vert.x {@link ReadStream} that also
 * can be closed early. It holds a connection (and a cursor) from the first handler until the last row,
 * a failure, or {@link #close()}; a reader that stops before the end must close it, or the connection
 * stays taken. Not thread-safe: use it from the Vert.x context that created it.
 *
 * @param <T> the result type
 */
public interface QueryStream<T> extends ReadStream<T> {
    /**
     * Stops reading, releases the cursor and the connection, and calls the end handler (unless the
     * stream already ended or failed). Calling it again does nothing.
     *
     * @return a future completing when the connection is released
     */
    Future<Void> close();
}
