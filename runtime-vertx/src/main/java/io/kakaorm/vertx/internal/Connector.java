package io.kakaorm.vertx.internal;

import io.kakaorm.vertx.ConnectOptions;
import io.kakaorm.vertx.Database;
import io.vertx.core.Future;
import io.vertx.core.Vertx;

/** Creates the Database implementation for a URL. (Skeleton: completed by the runtime work.) */
public final class Connector {
    private Connector() {
    }

    public static Future<Database> connect(Vertx vertx, ConnectOptions options) {
        return Future.failedFuture(new UnsupportedOperationException("not yet: " + options.url()));
    }
}
