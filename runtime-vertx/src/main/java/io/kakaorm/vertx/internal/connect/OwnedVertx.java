package io.kakaorm.vertx.internal.connect;

import io.vertx.core.Vertx;

/**
 * Closes a Vert.x instance that KakaORM created. A future made on one of its event loops never reports
 * once that loop is gone, so the close runs on a plain thread and {@code then} runs when it is done:
 * complete with it a promise made by the caller (outside the closing instance).
 */
public final class OwnedVertx {
    private OwnedVertx() {}

    /** Closes {@code vertx}, then runs {@code then} (whether or not the close succeeded). */
    public static void close(Vertx vertx, Runnable then) {
        Thread t = new Thread(() -> vertx.close().onComplete(x -> then.run()), "kakaorm-close");
        t.setDaemon(true);
        t.start();
    }
}
