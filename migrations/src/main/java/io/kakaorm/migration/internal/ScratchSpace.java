package io.kakaorm.migration.internal;

import io.kakaorm.vertx.ConnectOptions;

/**
 * How a server database makes a throw-away namespace for a shadow database: a schema on PostgreSQL, a
 * database on MariaDB/MySQL.
 *
 * @param create  the statement creating the namespace {@code name}, with {@code %s} for the name
 * @param drop    the statement dropping it, with {@code %s} for the name
 * @param connect what to connect to, given the server's options and the name
 */
public record ScratchSpace(String create, String drop, Connect connect) {
    /** The options that connect into the namespace. */
    @FunctionalInterface
    public interface Connect {
        ConnectOptions into(ConnectOptions server, String name);
    }
}
