package io.kakaorm.migration;

import java.nio.file.Path;

/**
 * A migration file {@code NNNN_<name>.sql} on disk.
 *
 * @param version  the number in its name
 * @param name     the part after the number
 * @param path     where it is
 * @param checksum {@code v1:sha256:…} of its text with line endings normalised to LF
 */
public record MigrationFile(int version, String name, Path path, String checksum) {
    /** The file name, e.g. {@code 0003_add_slug.sql}. */
    public String fileName() {
        return path.getFileName().toString();
    }
}
