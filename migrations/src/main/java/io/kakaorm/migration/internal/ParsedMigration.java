package io.kakaorm.migration.internal;

import io.kakaorm.migration.MigrationFile;
import java.util.List;

/**
 * A migration file with its statements.
 *
 * @param file the file
 * @param up   the statements of its {@code -- up} section
 * @param down the statements of its {@code -- down} section
 */
public record ParsedMigration(MigrationFile file, List<SqlStatement> up, List<SqlStatement> down) {
    public ParsedMigration {
        up = List.copyOf(up);
        down = List.copyOf(down);
    }
}
