package io.kakaorm.migration;

import java.time.Instant;

/**
 * One line of {@link VersionedMigrator#status}.
 *
 * @param version         the version
 * @param name            the name part of the file (or of the history row when the file is missing)
 * @param state           applied / pending / changed / missing / failed
 * @param appliedAt       when it was applied, or {@code null}
 * @param appliedChecksum the checksum recorded when applied, or {@code null}
 * @param localChecksum   the checksum of the file now, or {@code null}
 */
public record MigrationStatus(
        int version,
        String name,
        MigrationState state,
        Instant appliedAt,
        String appliedChecksum,
        String localChecksum) {}
