package io.kakaorm.migration;

import java.time.Instant;

/**
 * A row of the history table {@code kakaorm_migrations}.
 *
 * @param version        the file's version
 * @param name           the file's name part
 * @param checksum       the checksum of the file as applied
 * @param appliedAt      when it finished (or failed)
 * @param executionMs    how long it ran
 * @param success        whether every statement ran; a {@code false} row blocks runs until {@code repair}
 * @param statementsDone how many up statements ran (on MariaDB, where a failed file leaves DDL behind)
 */
public record AppliedMigration(
        int version,
        String name,
        String checksum,
        Instant appliedAt,
        long executionMs,
        boolean success,
        int statementsDone) {}
