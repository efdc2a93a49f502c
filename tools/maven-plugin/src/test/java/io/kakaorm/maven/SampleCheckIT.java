package io.kakaorm.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** After the invoker built the sample projects with the plugin: files written, migrations applied, once. */
class SampleCheckIT {
    private static final Path IT = Path.of("target/it");

    private static void assertMigrated(String sample, String url) throws Exception {
        Path dir = IT.resolve(sample).resolve("migrations");
        assertTrue(Files.exists(dir.resolve("0001_initial.sql")), "makemigrations wrote the file");
        assertFalse(Files.exists(dir.resolve("0002_nothing_new.sql")), "no changes, no second file");
        assertTrue(Files.readString(dir.resolve("0001_initial.sql")).contains("kkmig_plugin_todo"));
        assertEquals(1L, ((Number) SampleDbs.value(url, "SELECT COUNT(*) FROM kakaorm_migrations WHERE success = 1")).longValue());
        assertEquals(0L, ((Number) SampleDbs.value(url, "SELECT COUNT(*) FROM kkmig_plugin_todo")).longValue());
        String log = Files.readString(IT.resolve(sample).resolve("build.log"));
        assertTrue(log.contains("initial") && log.contains("applied"), "showmigrations printed the table");
    }

    @Test
    void sqliteSample() throws Exception {
        assertMigrated("sqlite-sample", "sqlite:" + IT.resolve("sqlite-sample/target/app.db").toAbsolutePath());
    }

    @Test
    void postgresSample() throws Exception {
        try {
            assertMigrated("postgres-sample", SampleDbs.pgUrl() + "?search_path=kkmig_plugin_it");
        } finally {
            SampleDbs.admin("DROP SCHEMA IF EXISTS kkmig_plugin_it CASCADE");
        }
    }
}
