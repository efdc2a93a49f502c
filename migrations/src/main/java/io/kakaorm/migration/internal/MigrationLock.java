package io.kakaorm.migration.internal;

import io.kakaorm.vertx.Database;
import io.vertx.core.Future;
import java.time.Duration;

/**
 * The one-migrator-at-a-time lock of a database, taken on the connection of a migration's transaction.
 * It is released when that transaction or connection ends, so a killed process leaves no lock behind.
 */
public interface MigrationLock {
    /**
     * Takes the lock on {@code tx} and makes sure the history table exists ({@code createHistory}).
     *
     * @return fails with {@link io.kakaorm.migration.MigrationLockException} after {@code timeout}
     */
    Future<Void> acquire(Database tx, Duration timeout, String createHistory);

    /** Gives the lock back, where it outlives a transaction (MariaDB); a no-op elsewhere. */
    Future<Void> release(Database tx);
}
