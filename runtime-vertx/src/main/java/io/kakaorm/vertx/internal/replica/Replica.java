package io.kakaorm.vertx.internal.replica;

import io.kakaorm.dialect.Dialect;
import io.kakaorm.vertx.ConnectOptions;
import io.kakaorm.vertx.internal.exec.Backend;
import io.kakaorm.vertx.internal.exec.BackendFactory;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One read replica: its backend once opened, and until when it is left out after it could not be reached.
 * A replica that could not be opened is opened again in the background when its time out ends.
 */
final class Replica {
    final ConnectOptions options;
    private final Vertx vertx;
    private final BackendFactory factory;
    private final Dialect dialect;
    private final long retryNanos;
    private final AtomicBoolean opening = new AtomicBoolean();
    private volatile Backend backend;
    private volatile long downUntil;
    private volatile boolean down;
    private volatile boolean closed;

    Replica(ConnectOptions options, Vertx vertx, BackendFactory factory, Dialect dialect, long retryNanos) {
        this.options = options;
        this.vertx = vertx;
        this.factory = factory;
        this.dialect = dialect;
        this.retryNanos = retryNanos;
    }

    /** Opens the backend; completes (never fails) when it is open or left out for a while. */
    Future<Void> open() {
        if (!opening.compareAndSet(false, true)) {
            return Future.succeededFuture();
        }
        Future<Backend> opened;
        try {
            opened = factory.open(vertx, options, dialect);
        } catch (RuntimeException e) {
            opened = Future.failedFuture(e);
        }
        return opened.transform(ar -> {
            opening.set(false);
            if (ar.failed()) {
                markDown();
            } else if (closed) {
                ar.result().close();
            } else {
                backend = ar.result();
                down = false;
            }
            return Future.<Void>succeededFuture();
        });
    }

    /** The backend when this replica may take a read now, else {@code null} (opening it again when due). */
    Backend usable(long now) {
        if (down && now - downUntil < 0) {
            return null;
        }
        Backend b = backend;
        if (b == null) {
            open(); // due again: try in the background, the primary serves this read
            return null;
        }
        return b;
    }

    /** Leaves this replica out for the retry time. */
    void markDown() {
        downUntil = System.nanoTime() + retryNanos;
        down = true;
    }

    /** Closes the backend, and one that is still being opened when it opens. */
    Future<Void> close() {
        closed = true;
        Backend b = backend;
        return b == null ? Future.succeededFuture() : b.close();
    }
}
