package io.kakaorm.migration.internal.mysql;

import io.kakaorm.migration.MigrationLockException;
import io.kakaorm.migration.internal.MigrationLock;
import io.kakaorm.vertx.Database;
import io.vertx.core.Future;
import java.time.Duration;

/**
 * {@code GET_LOCK} named after the database, held by the migration's connection until
 * {@code RELEASE_LOCK} or until the connection closes (a killed process leaves nothing behind).
 */
final class MySqlLock implements MigrationLock {
    private static final String NAME = "CONCAT('kakaorm_migrations.', DATABASE())";

    @Override
    public Future<Void> acquire(Database tx, Duration timeout, String createHistory) {
        long seconds = Math.max(1, (timeout.toMillis() + 999) / 1000);
        return tx.fetchValue(Long.class, "SELECT GET_LOCK(" + NAME + ", " + seconds + ")")
                .compose(got -> {
                    if (got == null || got != 1L) {
                        return Future.failedFuture(new MigrationLockException("mysql", timeout, null));
                    }
                    return tx.execute(createHistory).mapEmpty();
                });
    }

    @Override
    public Future<Void> release(Database tx) {
        return tx.fetch("SELECT RELEASE_LOCK(" + NAME + ")").mapEmpty();
    }
}
