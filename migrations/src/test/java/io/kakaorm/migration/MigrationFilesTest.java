package io.kakaorm.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kakaorm.migration.internal.Canonical;
import io.kakaorm.migration.internal.Checksums;
import io.kakaorm.migration.internal.MigrationFiles;
import io.kakaorm.migration.internal.ParsedMigration;
import io.kakaorm.migration.internal.SqlSplitter;
import io.kakaorm.migration.internal.SqlStatement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file format, statement splitting, checksums, numbering and normal forms, without a database. */
class MigrationFilesTest {
    @TempDir
    Path dir;

    @Test
    void split_keepsSemicolonsInsideQuotesCommentsAndDollarQuotes_andStartLines() {
        String sql = "CREATE TABLE a (x TEXT DEFAULT 'a;b');\n-- a comment; here\nINSERT INTO a VALUES ('it''s;');\n"
                + "/* block; */ CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql;\n\n  SELECT \"x;y\" FROM a";
        List<SqlStatement> s = SqlSplitter.split(sql, 10);
        assertEquals(4, s.size(), s.toString());
        assertEquals("CREATE TABLE a (x TEXT DEFAULT 'a;b')", s.get(0).sql());
        assertEquals(10, s.get(0).line());
        assertEquals(12, s.get(1).line());
        assertTrue(s.get(2).sql().contains("$$ SELECT 1; $$"), s.get(2).sql());
        assertEquals(15, s.get(3).line());
    }

    @Test
    void checksum_isV1Sha256_andIgnoresLineEndings() {
        String lf = "-- up\nSELECT 1;\n";
        assertTrue(Checksums.of(lf).matches("v1:sha256:[0-9a-f]{64}"));
        assertEquals(Checksums.of(lf), Checksums.of(lf.replace("\n", "\r\n")));
        assertNotEquals(Checksums.of(lf), Checksums.of(lf + " "));
    }

    @Test
    void files_parseSections_andNextVersionFollowsTheHighest() throws Exception {
        Files.writeString(dir.resolve("0002_b.sql"), "-- header\n-- up\nSELECT 1;\nSELECT 2;\n-- down\nSELECT 3;\n");
        Files.writeString(dir.resolve("0010_c.sql"), "-- up\nSELECT 4;\n");
        Files.writeString(dir.resolve("README.md"), "not a migration");
        List<ParsedMigration> files = MigrationFiles.read(dir);
        assertEquals(2, files.size());
        assertEquals(2, files.get(0).up().size());
        assertEquals(3, files.get(0).up().get(0).line());
        assertEquals(1, files.get(0).down().size());
        assertEquals(0, files.get(1).down().size());
        assertEquals(11, MigrationFiles.nextVersion(dir));
    }

    @Test
    void fileWithoutUp_orTwoFilesWithOneVersion_areRejected() throws Exception {
        Files.writeString(dir.resolve("0001_a.sql"), "SELECT 1;\n");
        MigrationException e = assertThrows(MigrationException.class, () -> MigrationFiles.read(dir));
        assertTrue(e.getMessage().contains("-- up"), e.getMessage());
        Files.writeString(dir.resolve("0001_a.sql"), "-- up\nSELECT 1;\n");
        Files.writeString(dir.resolve("001_b.sql"), "-- up\nSELECT 1;\n");
        assertEquals(
                MigrationException.Kind.VALIDATION,
                assertThrows(MigrationException.class, () -> MigrationFiles.read(dir))
                        .kind());
    }

    @Test
    void sqlFilesNotFollowingTheNamingRule_failReadingAndNumbering_namingFileAndRule() throws Exception {
        Files.writeString(dir.resolve("0001_a.sql"), "-- up\nSELECT 1;\n");
        for (String bad : List.of(
                "0002_add user.sql", "0003_it's.sql", "add_user.sql", "0004-x.sql", "0005_.sql", "0006_A.SQL")) {
            Path f = dir.resolve(bad);
            Files.writeString(f, "-- up\nSELECT 1;\n");
            MigrationException e = assertThrows(MigrationException.class, () -> MigrationFiles.read(dir), bad);
            assertEquals(MigrationException.Kind.VALIDATION, e.kind());
            assertTrue(
                    e.getMessage().contains("'" + bad + "'") && e.getMessage().contains("NNNN_<name>.sql"),
                    e.getMessage());
            assertThrows(MigrationException.class, () -> MigrationFiles.nextVersion(dir), bad);
            Files.delete(f);
        }
        Files.writeString(dir.resolve("notes.txt"), "not SQL: not a migration");
        assertEquals(1, MigrationFiles.read(dir).size());
        assertEquals(2, MigrationFiles.nextVersion(dir));
    }

    @Test
    void defaults_andChecks_compareInOneForm() {
        assertEquals("abc", Canonical.defaultValue("'abc'::character varying"));
        assertEquals("-1", Canonical.defaultValue("'-1'::integer"));
        assertEquals("1", Canonical.defaultValue("true"));
        assertEquals("12.5", Canonical.defaultValue("12.50"));
        assertEquals("2024-01-02 03:04:05", Canonical.defaultValue("'2024-01-02 03:04:05.000000'"));
        assertEquals("10:30:00", Canonical.defaultValue("'10:30'"));
        assertEquals(null, Canonical.defaultValue("NULL"));
        assertEquals(Canonical.check("CHECK ((price >= (0)::numeric))"), Canonical.check("`price` >= 0"));
        assertEquals("'it''s \\ x'", Canonical.unescapeMySql("'it\\'s \\\\ x'"));
    }

    @Test
    void checksumError_isAnAlignedBlock() {
        MigrationException e = MigrationException.checksum("0003_add_slug.sql", "v1:sha256:aa", "v1:sha256:bb");
        assertTrue(e.getMessage().contains("-> Applied : v1:sha256:aa\n-> Local   : v1:sha256:bb"), e.getMessage());
        MigrationException f = MigrationException.failed(
                "mysql", "0003_add_slug.sql", 4, "ALTER TABLE x", "42S21", "Duplicate column", null, null);
        assertTrue(f.getMessage().startsWith("Migration 0003_add_slug.sql failed on mysql\n---"), f.getMessage());
        assertTrue(
                f.getMessage().contains("\nLine      : 4\nStatement : ALTER TABLE x\nSQL state : 42S21\n"),
                f.getMessage());
    }
}
