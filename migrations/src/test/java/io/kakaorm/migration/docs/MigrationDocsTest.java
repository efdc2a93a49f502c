package io.kakaorm.migration.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kakaorm.migration.VersionedMigrator;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.testing.TestDatabases;
import io.kakaorm.vertx.testing.TestDb;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The README's examples run, and the README shows exactly the tagged code. */
@ExtendWith(TestDatabases.class)
class MigrationDocsTest {
    private static final Pattern TAG =
            Pattern.compile("// tag::(\\w+)\\[]\\n(.*?)\\n\\s*// end::\\1\\[]", Pattern.DOTALL);

    @TempDir
    Path dir;

    @Test
    void examplesRun() {
        Database db = TestDatabases.open(TestDb.SQLITE);
        MigrationDocsSample.plan(db);
        MigrationDocsSample.rename(db);
        Database fresh = TestDatabases.open(TestDb.SQLITE);
        MigrationDocsSample.versioned(fresh, dir);
        assertEquals(0, new VersionedMigrator(fresh).history().await().size());
    }

    @Test
    void readmeShowsTheTaggedCode() throws Exception {
        String sample = Files.readString(Path.of("src/test/java/io/kakaorm/migration/docs/MigrationDocsSample.java"));
        String readme = Files.readString(Path.of("../README.md"));
        Matcher m = TAG.matcher(sample);
        int n = 0;
        while (m.find()) {
            String code = m.group(2).stripIndent().strip();
            assertTrue(readme.contains(code), "README.md lacks the '" + m.group(1) + "' example:\n" + code);
            n++;
        }
        assertEquals(3, n);
    }
}
