package io.kakaorm.vertx.internal.connect;

import io.kakaorm.vertx.internal.exec.Backend;
import io.vertx.sqlclient.Pool;

/** {@code Database.unwrap(type)}: the driver object under a backend, or an error saying why there is none. */
public final class Unwrapping {
    private Unwrapping() {}

    /**
     * The object of {@code type} under {@code backend}.
     *
     * @throws IllegalArgumentException naming the database and what it runs on instead
     */
    public static <X> X unwrap(Backend backend, Class<X> type) {
        X x = backend.unwrap(type);
        if (x != null) {
            return x;
        }
        String name = backend.dialect().name();
        if ("sqlite".equals(name) && type.isAssignableFrom(Pool.class)) {
            throw new IllegalArgumentException(
                    "A SQLite database has no Vert.x Pool: KakaORM runs SQLite on sqlite-jdbc"
                            + " connections on worker threads (one writer, pooled readers); use the Database's own methods"
                            + " (fetch/execute/transaction) for raw SQL");
        }
        throw new IllegalArgumentException("The " + name + " database holds no " + type.getName()
                + (name.equals("sqlite") ? "" : " (it runs on an io.vertx.sqlclient.Pool)"));
    }
}
