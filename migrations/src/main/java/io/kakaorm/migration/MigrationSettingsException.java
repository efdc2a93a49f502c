package io.kakaorm.migration;

import io.kakaorm.KakaOrmException;

/**
 * A setting of a migrations command is missing or wrong (no database URL, no models package, an unknown
 * dialect, no scratch database for {@code --dialects}); the message says what to pass. The CLI exits with 64
 * (EX_USAGE) for it.
 */
public final class MigrationSettingsException extends KakaOrmException {
    /** A settings problem described by {@code message}. */
    public MigrationSettingsException(String message) {
        super(message);
    }
}
