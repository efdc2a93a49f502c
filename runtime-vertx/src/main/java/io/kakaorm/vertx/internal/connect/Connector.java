package io.kakaorm.vertx.internal.connect;

import io.kakaorm.DatabaseException;
import io.kakaorm.DatabaseTimeoutException;
import io.kakaorm.dialect.Dialect;
import io.kakaorm.spi.DefaultEngine;
import io.kakaorm.vertx.ConnectOptions;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.internal.DatabaseImpl;
import io.kakaorm.vertx.internal.exec.Backend;
import io.kakaorm.vertx.internal.exec.BackendFactory;
import io.kakaorm.vertx.internal.replica.ReplicaRouter;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;

/**
 * Creates the {@link Database} for a URL: picks the dialect and the backend by URL kind, loading the
 * backend class by name so that only the driver of the URL's kind must be on the class path.
 */
public final class Connector {
    private Connector() {}

    /** Opens a database; {@code vertx == null} makes an owned Vert.x instance, closed with the database. */
    public static Future<Database> connect(Vertx vertx, ConnectOptions options) {
        BackendFactory factory;
        Dialect dialect;
        BackendProvider provider;
        try {
            provider = Backends.forKind(options.kind());
            factory = Backends.factory(provider);
            dialect = provider.dialect();
        } catch (RuntimeException e) {
            return Future.failedFuture(e);
        }
        Context caller = Vertx.currentContext(); // a verticle's: its models use this database by default
        boolean owned = vertx == null;
        Vertx v = owned ? Vertx.vertx() : vertx;
        Future<Backend> opened;
        try {
            opened = ReplicaRouter.open(
                    v, factory, options, dialect, provider.errors()); // the factory's backend when no replicas
        } catch (RuntimeException e) {
            opened = Future.failedFuture(e);
        }
        // the result is a promise made here: a future of the owned Vert.x would never report once it is closed
        Promise<Database> result = Promise.promise();
        opened.onComplete(ar -> {
            if (ar.succeeded()) {
                DatabaseImpl db = new DatabaseImpl(v, owned, ar.result(), options);
                DefaultEngine.bind(caller, db);
                result.complete(db);
            } else if (owned && ar.cause() instanceof DatabaseTimeoutException) {
                result.fail(ar.cause()); // a server that never answers may hold the close too: report now
                OwnedVertx.close(v, () -> {});
            } else if (owned) {
                OwnedVertx.close(v, () -> result.fail(connectFailure(options, ar.cause())));
            } else {
                result.fail(connectFailure(options, ar.cause()));
            }
        });
        return result.future();
    }

    /** A connect error as a DatabaseException naming the (password-masked) URL; setup errors pass through. */
    private static Throwable connectFailure(ConnectOptions o, Throwable t) {
        if (t instanceof IllegalArgumentException
                || t instanceof IllegalStateException
                || t instanceof DatabaseTimeoutException
                || (t instanceof DatabaseException d && d.getMessage().contains("Cannot open"))) {
            return t;
        }
        String state = null;
        int code = 0;
        if (t instanceof DatabaseException d) {
            state = d.sqlState();
            code = d.vendorCode();
        } else if (t instanceof io.vertx.sqlclient.DatabaseException d) { // checkstyle:allow-fqn
            state = d.getSqlState();
            code = d.getErrorCode();
        }
        Throwable root = t instanceof DatabaseException && t.getCause() != null ? t.getCause() : t;
        return new DatabaseException(
                Backends.forKind(o.kind()).dialect().name(),
                state,
                code,
                null,
                null,
                "Cannot connect to " + o + ": "
                        + ConnectErrors.describe(o, root).replace(state == null ? "\u0000" : " (" + state + ")", ""),
                t);
    }
}
