package io.kakaorm.migration;

/** Where a migration stands, comparing the directory with the history. */
public enum MigrationState {
    /** Applied, and the file is unchanged. */
    APPLIED,
    /** In the directory, not applied yet. */
    PENDING,
    /** Applied, but the file's checksum changed since. */
    CHANGED,
    /** Applied, but its file is gone from the directory. */
    MISSING,
    /** A run of it failed part way (MariaDB); {@code repair} clears it once the schema is fixed. */
    FAILED
}
