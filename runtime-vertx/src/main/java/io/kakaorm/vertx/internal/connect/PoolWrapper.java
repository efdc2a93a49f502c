package io.kakaorm.vertx.internal.connect;

import io.kakaorm.spi.DefaultEngine;
import io.kakaorm.vertx.ConnectOptions;
import io.kakaorm.vertx.ConnectOptions.Kind;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.internal.DatabaseImpl;
import io.kakaorm.vertx.internal.exec.Backend;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import java.util.Objects;

/** A {@link Database} over a Vert.x {@link Pool} that the application built ({@code KakaORM.wrap}). */
public final class PoolWrapper {
    private PoolWrapper() {}

    /** Options that only name the kind, for a pool wrapped without options. */
    public static ConnectOptions optionsOf(Kind kind) {
        Objects.requireNonNull(kind, "kind");
        BackendProvider provider = Backends.forKind(kind);
        if (provider.embedded()) {
            throw noPool(provider);
        }
        return ConnectOptions.server(kind, "wrapped-pool", 0, "", null, null);
    }

    /**
     * Wraps {@code pool}; {@code vertx} may be {@code null} on a Vert.x thread (the current context's instance).
     *
     * @throws IllegalArgumentException for a file database (no Vert.x pool), or no Vert.x instance to run on
     * @throws IllegalStateException    when the driver of the kind is not on the class path
     */
    public static Database wrap(Vertx vertx, Pool pool, ConnectOptions options, boolean closePool) {
        Objects.requireNonNull(pool, "pool");
        Objects.requireNonNull(options, "options");
        BackendProvider provider = Backends.forKind(options.kind());
        if (provider.embedded()) {
            throw noPool(provider);
        }
        Vertx v = vertx;
        if (v == null) {
            Context c = Vertx.currentContext();
            if (c == null) {
                throw new IllegalArgumentException("KakaORM.wrap(null, pool, …) outside a Vert.x thread: pass the"
                        + " Vertx instance the pool was built with");
            }
            v = c.owner();
        }
        Backend backend = Backends.factory(provider).wrap(pool, options, provider.dialect(), closePool);
        DatabaseImpl db = new DatabaseImpl(v, false, backend, options);
        DefaultEngine.bind(Vertx.currentContext(), db);
        return db;
    }

    private static IllegalArgumentException noPool(BackendProvider p) {
        return new IllegalArgumentException(
                p.product() + " has no Vert.x Pool: KakaORM runs " + p.product() + " on " + p.runsOn()
                        + "; open it with KakaORM.connect(\"" + p.urlSchemes().get(0) + ":file.db\")");
    }
}
