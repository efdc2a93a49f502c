package io.kakaorm.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Per-dialect folders: names and aliases, the folder a database uses, one version across folders. */
class DialectFoldersTest {
    @TempDir
    Path root;

    @Test
    void dialectNames_acceptAliases_andRefuseUnknownOnes() {
        assertEquals(
                List.of("sqlite", "postgres", "mysql"),
                DialectFolders.parse(List.of("sqlite, postgresql", "mariadb,pg")));
        MigrationSettingsException e =
                assertThrows(MigrationSettingsException.class, () -> DialectFolders.parse(List.of("sqlite,oracle")));
        assertTrue(
                e.getMessage().contains("'oracle'")
                        && e.getMessage()
                                .contains(
                                        "known dialects: sqlite (also sqlite3), postgres (also pg, postgresql), mysql (also mariadb)"),
                e.getMessage());
    }

    @Test
    void aFlatDirectory_isUsedAsItIs_andAPerDialectOne_throughTheDatabasesFolder() throws Exception {
        assertFalse(DialectFolders.perDialect(root));
        assertEquals(root, DialectFolders.folder(root, "postgres"));
        Files.createDirectories(root.resolve("sqlite"));
        Files.createDirectories(root.resolve("postgres"));
        assertEquals(root.resolve("postgres"), DialectFolders.folder(root, "postgres"));
        MigrationException e = assertThrows(MigrationException.class, () -> DialectFolders.folder(root, "mysql"));
        assertEquals(MigrationException.Kind.VALIDATION, e.kind());
        assertTrue(
                e.getMessage().contains("none for mysql")
                        && e.getMessage().contains("--dialects sqlite,postgres,mysql"),
                e.getMessage());
    }

    @Test
    void theNextVersion_isOneAfterTheHighestInAnyFolder() throws Exception {
        assertEquals(1, DialectFolders.nextVersion(root));
        Files.createDirectories(root.resolve("sqlite"));
        Files.createDirectories(root.resolve("mysql"));
        Files.writeString(root.resolve("sqlite/0001_initial.sql"), "-- up\nSELECT 1;\n");
        Files.writeString(root.resolve("mysql/0001_initial.sql"), "-- up\nSELECT 1;\n");
        Files.writeString(root.resolve("mysql/0004_later.sql"), "-- up\nSELECT 1;\n");
        assertEquals(5, DialectFolders.nextVersion(root));
    }
}
