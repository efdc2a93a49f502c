package io.kakaorm.vertx.internal.sqlite;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.internal.ContextInternal;
import java.util.ArrayDeque;

/**
 * A first-come first-served asynchronous mutex: the SQLite writer. Waiters resume on the Vert.x context
 * they called {@link #acquire()} from, so a transaction's context-local state follows it.
 */
final class AsyncLock {
    private final Vertx vertx;
    private final ArrayDeque<Promise<Void>> waiters = new ArrayDeque<>();
    private boolean held;

    AsyncLock(Vertx vertx) {
        this.vertx = vertx;
    }

    Future<Void> acquire() {
        ContextInternal ctx = (ContextInternal) vertx.getOrCreateContext();
        synchronized (this) {
            if (!held) {
                held = true;
                return ctx.succeededFuture();
            }
            Promise<Void> p = ctx.promise();
            waiters.add(p);
            return p.future();
        }
    }

    void release() {
        Promise<Void> next;
        synchronized (this) {
            next = waiters.poll();
            if (next == null) {
                held = false;
            }
        }
        if (next != null) {
            next.complete();
        }
    }
}
