package io.kakaorm.migration;

import java.time.Duration;

/** Another migrator held the migration lock for longer than the lock timeout. */
public final class MigrationLockException extends MigrationException {
    /** The lock was not free within {@code timeout} on {@code dialect}. */
    public MigrationLockException(String dialect, Duration timeout, Throwable cause) {
        super(
                Kind.LOCK,
                "Could not get the migration lock on " + dialect + " within " + timeout.toMillis()
                        + " ms: another migrator is running. Wait for it, or raise the timeout"
                        + " (VersionedMigrator.lockTimeout(Duration), kakaorm --lock-timeout SECONDS).",
                null,
                0,
                null,
                null,
                cause);
    }
}
