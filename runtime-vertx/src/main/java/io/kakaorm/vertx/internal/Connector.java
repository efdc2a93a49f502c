package io.kakaorm.vertx.internal;

import io.kakaorm.dialect.Dialect;
import io.kakaorm.vertx.ConnectOptions;
import io.kakaorm.vertx.Database;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.internal.ContextInternal;

/**
 * Creates the {@link Database} for a URL: picks the dialect and the backend by URL kind, loading the
 * backend class by name so that only the driver of the URL's kind must be on the class path.
 */
public final class Connector {
    private Connector() {
    }

    /** Opens a database; {@code vertx == null} makes an owned Vert.x instance, closed with the database. */
    public static Future<Database> connect(Vertx vertx, ConnectOptions options) {
        Driver driver = Driver.of(options.kind());
        BackendFactory factory;
        Dialect dialect;
        try {
            factory = driver.factory();
            dialect = DialectLookup.forName(driver.dialect());
        } catch (RuntimeException e) {
            return Future.failedFuture(e);
        }
        boolean owned = vertx == null;
        Vertx v = owned ? Vertx.vertx() : vertx;
        Future<Backend> opened;
        try {
            opened = factory.open(v, options, dialect);
        } catch (RuntimeException e) {
            opened = Future.failedFuture(e);
        }
        // complete on the caller's context (or none): an owned Vert.x closed after a failure cannot deliver it
        ContextInternal caller = (ContextInternal) Vertx.currentContext();
        Promise<Database> out = caller != null ? caller.promise() : Promise.promise();
        opened.onComplete(r -> {
            if (r.succeeded()) {
                out.complete(new DatabaseImpl(v, owned, r.result(), options));
            } else if (owned) {
                VertxCloser.close(v).onComplete(x -> out.fail(r.cause()));
            } else {
                out.fail(r.cause());
            }
        });
        return out.future();
    }
}
