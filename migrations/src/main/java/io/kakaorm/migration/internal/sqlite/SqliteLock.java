package io.kakaorm.migration.internal.sqlite;

import io.kakaorm.DatabaseException;
import io.kakaorm.migration.MigrationLockException;
import io.kakaorm.migration.internal.MigrationLock;
import io.kakaorm.vertx.Database;
import io.vertx.core.Future;
import java.time.Duration;

/**
 * SQLite's single writer is the lock: the migration's transaction writes first (creating the history
 * table if needed, then a no-op write to it), which takes the database's write lock until COMMIT or
 * ROLLBACK, waiting up to the busy timeout. The operating system drops it when a process dies.
 */
final class SqliteLock implements MigrationLock {
    @Override
    public Future<Void> acquire(Database tx, Duration timeout, String createHistory) {
        return tx.execute(createHistory)
                .compose(v -> tx.execute("UPDATE kakaorm_migrations SET version = version WHERE 1 = 0"))
                .recover(e -> Future.failedFuture(isBusy(e) ? new MigrationLockException("sqlite", timeout, e) : e))
                .mapEmpty();
    }

    private static boolean isBusy(Throwable e) {
        String m = String.valueOf(e.getMessage());
        return (e instanceof DatabaseException && m.contains("SQLITE_BUSY")) || m.contains("database is locked");
    }

    @Override
    public Future<Void> release(Database tx) {
        return Future.succeededFuture();
    }
}
