package io.kakaorm.vertx.internal.connect;

import io.kakaorm.vertx.internal.exec.Backend;
import io.vertx.sqlclient.Pool;

/** {@code Database.unwrap(type)}: the driver object under a backend, or an error saying why there is none. */
public final class Unwrapping {
    private Unwrapping() {}

    /**
     * The object of {@code type} under {@code backend}, a backend of {@code provider}'s database.
     *
     * @throws IllegalArgumentException naming the database and what it runs on instead
     */
    public static <X> X unwrap(Backend backend, BackendProvider provider, Class<X> type) {
        X x = backend.unwrap(type);
        if (x != null) {
            return x;
        }
        if (provider.embedded() && type.isAssignableFrom(Pool.class)) {
            throw new IllegalArgumentException("A " + provider.product() + " database has no Vert.x Pool: KakaORM runs "
                    + provider.product() + " on " + provider.runsOn()
                    + "; use the Database's own methods (fetch/execute/transaction) for raw SQL");
        }
        throw new IllegalArgumentException("The " + provider.name() + " database holds no " + type.getName()
                + " (it runs on " + provider.runsOn() + ")");
    }
}
