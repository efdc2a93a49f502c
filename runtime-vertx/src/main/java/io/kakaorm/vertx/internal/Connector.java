package io.kakaorm.vertx.internal;

import io.kakaorm.dialect.Dialect;
import io.kakaorm.vertx.ConnectOptions;
import io.kakaorm.vertx.Database;
import io.vertx.core.Future;
import io.vertx.core.Vertx;

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
        return opened.<Database>map(b -> new DatabaseImpl(v, owned, b, options))
                .recover(t -> owned ? v.close().transform(x -> Future.failedFuture(t)) : Future.failedFuture(t));
    }
}
