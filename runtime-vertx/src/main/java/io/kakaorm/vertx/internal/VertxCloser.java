package io.kakaorm.vertx.internal;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;

/**
 * Closes an owned Vert.x instance from a short-lived helper thread. A close started on one of the
 * instance's own event loops would complete its future on that (terminated) loop and never be seen; the
 * returned future is bound to no context, so it completes whoever waits on it.
 */
final class VertxCloser {
    private VertxCloser() {
    }

    static Future<Void> close(Vertx vertx) {
        Promise<Void> done = Promise.promise();
        Thread t = new Thread(() -> vertx.close().onComplete(done), "kakaorm-vertx-close");
        t.setDaemon(true);
        t.start();
        return done.future();
    }
}
