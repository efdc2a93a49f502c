package io.kakaorm.vertx.internal.sqlite;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.internal.ContextInternal;
import java.util.ArrayDeque;
import java.util.function.Supplier;

/**
 * A first-come first-served asynchronous mutex: the SQLite writer. Waiters resume on the Vert.x context
 * they called {@link #acquire} from, so a transaction's context-local state follows it. A wait is
 * bounded: a waiter not served within its timeout leaves the queue and fails.
 */
final class AsyncLock {
    private final Vertx vertx;
    private final ArrayDeque<Promise<Void>> waiters = new ArrayDeque<>();
    private boolean held;

    AsyncLock(Vertx vertx) {
        this.vertx = vertx;
    }

    /**
     * Takes the lock, waiting at most {@code timeoutMs} (0 = no limit) before failing with
     * {@code onTimeout}'s exception.
     */
    Future<Void> acquire(long timeoutMs, Supplier<RuntimeException> onTimeout) {
        ContextInternal ctx = (ContextInternal) vertx.getOrCreateContext();
        Promise<Void> p;
        synchronized (this) {
            if (!held) {
                held = true;
                return ctx.succeededFuture();
            }
            p = ctx.promise();
            waiters.add(p);
        }
        if (timeoutMs > 0) {
            long timer = vertx.setTimer(timeoutMs, id -> {
                boolean removed;
                synchronized (this) {
                    removed = waiters.remove(p);
                }
                if (removed) {
                    p.tryFail(onTimeout.get());
                }
            });
            p.future().onComplete(r -> vertx.cancelTimer(timer));
        }
        return p.future();
    }

    /**
     * Runs {@code submit} under the lock's monitor when nobody holds or waits for the lock, and says
     * whether it did. Used to submit a single statement to the FIFO writer thread without taking the
     * lock: a transaction's BEGIN is submitted only after {@link #acquire} marked the lock held, so a
     * statement submitted here either runs before that BEGIN or, once the lock is held, waits its turn.
     */
    synchronized boolean runIfFree(Runnable submit) {
        if (held || !waiters.isEmpty()) {
            return false;
        }
        submit.run();
        return true;
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
