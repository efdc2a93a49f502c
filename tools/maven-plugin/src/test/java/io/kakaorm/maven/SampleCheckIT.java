package io.kakaorm.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kakaorm.vertx.ConnectOptions;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** After the invoker built the sample projects with the plugin: files written, migrations applied, once. */
@ExtendWith(TestDatabases.class)
class SampleCheckIT {
    private static final Path IT = Path.of("target/it");

    private static long count(Database db, String sql) {
        return ((Number) SampleServers.value(db, sql)).longValue();
    }

    private static void assertMigrated(String sample, Database db) throws Exception {
        Path dir = IT.resolve(sample).resolve("migrations");
        assertTrue(Files.exists(dir.resolve("0001_initial.sql")), "makemigrations wrote the file");
        assertFalse(Files.exists(dir.resolve("0002_nothing_new.sql")), "no changes, no second file");
        assertTrue(Files.readString(dir.resolve("0001_initial.sql")).contains("kkmig_plugin_todo"));
        assertEquals(1L, count(db, "SELECT COUNT(*) FROM kakaorm_migrations WHERE success = 1"));
        assertEquals(0L, count(db, "SELECT COUNT(*) FROM kkmig_plugin_todo"));
        String log = Files.readString(IT.resolve(sample).resolve("build.log"));
        assertTrue(log.contains("initial") && log.contains("applied"), "showmigrations printed the table");
    }

    /**
     * The SQLite sample goes through every goal and option: compile first, check, renames, dry run, a
     * reported and then allowed drop, a step down, repair.
     */
    @Test
    void sqliteSample_everyGoalAndOption() throws Exception {
        Database db = TestDatabases.connect(ConnectOptions.sqliteFile(
                IT.resolve("sqlite-sample/target/app.db").toAbsolutePath().toString()));
        Path dir = IT.resolve("sqlite-sample/migrations");
        String log = Files.readString(IT.resolve("sqlite-sample/build.log"));
        assertTrue(log.contains("run mvn compile first"), "models not compiled yet");
        assertFalse(Files.exists(dir.resolve("0001_too_early.sql")));
        assertTrue(Files.readString(dir.resolve("0001_initial.sql")).contains("kkmig_plugin_todo"));
        assertFalse(Files.exists(dir.resolve("0002_nothing_new.sql")), "no changes, no second file");
        assertTrue(log.contains("The database matches the models."), "check passed before the rename");
        assertTrue(
                log.contains("Did you rename kkmig_plugin_todo.title to kkmig_plugin_todo.label?"),
                "the unconfirmed rename is printed and fails the check");
        assertTrue(log.contains("the database differs from the models"), "the check's failure says why");
        assertTrue(Files.readString(dir.resolve("0002_rename_title.sql"))
                .contains("RENAME COLUMN \"title\" TO \"label\""));
        assertTrue(
                log.contains("kkmig_plugin_todo.done is not in the models: not dropped"),
                "a removed field is reported");
        assertTrue(
                Files.readString(dir.resolve("0003_drop_done.sql")).contains("DROP COLUMN \"done\""),
                "dropped with allowDrop");
        assertEquals(
                2L,
                count(db, "SELECT COUNT(*) FROM kakaorm_migrations WHERE success = 1"),
                "0003 was rolled back by migrate -Dkakaorm.direction=down");
        assertEquals(
                0L,
                count(db, "SELECT COUNT(*) FROM kkmig_plugin_todo WHERE done = 0 AND label = ''"),
                "label and done are both there again");
    }

    @Test
    void postgresSample() throws Exception {
        Database db = SampleServers.postgresSample();
        try {
            assertMigrated("postgres-sample", db);
        } finally {
            TestDatabases.await(db.execute("DROP SCHEMA IF EXISTS " + SampleServers.PG_SCHEMA + " CASCADE"));
        }
    }

    /** makemigrations with dialects and shadowDbs: one version per kind, the connected kind's folder applied. */
    @Test
    void dialectsSample_oneHistoryPerKind() throws Exception {
        Path root = IT.resolve("dialects-sample/migrations");
        if (!Files.exists(IT.resolve("dialects-sample/build.log"))) {
            String why =
                    "the dialects sample was not built: it needs PostgreSQL (KAKAORM_PG_URL) as its scratch server";
            assertFalse("1".equals(System.getenv("KAKAORM_REQUIRE_DBS")), why);
            Assumptions.abort(why);
        }
        String sqlite = Files.readString(root.resolve("sqlite/0001_initial.sql"));
        String pg = Files.readString(root.resolve("postgres/0001_initial.sql"));
        assertTrue(sqlite.contains("on sqlite") && sqlite.contains("kkmig_plugin_todo"), sqlite);
        assertTrue(pg.contains("on postgres") && pg.contains("kkmig_plugin_todo"), pg);
        assertFalse(Files.exists(root.resolve("sqlite/0002_nothing_new.sql")), "no changes, no second file");
        assertFalse(Files.exists(root.resolve("postgres/0002_nothing_new.sql")), "no changes, no second file");
        Database db = TestDatabases.connect(ConnectOptions.sqliteFile(
                IT.resolve("dialects-sample/target/app.db").toAbsolutePath().toString()));
        assertEquals(1L, count(db, "SELECT COUNT(*) FROM kakaorm_migrations WHERE success = 1"));
        assertEquals(0L, count(db, "SELECT COUNT(*) FROM kkmig_plugin_todo"));
    }

    /** A failed connection: the goal's error only, no NoClassDefFoundError from a Vert.x still shutting down. */
    @Test
    void badUrlSample_failsWithTheConnectErrorOnly() throws Exception {
        String log = Files.readString(IT.resolve("bad-url-sample/build.log"));
        assertTrue(log.contains("kakaorm migrate failed") && log.contains("Connection refused"), log);
        assertFalse(log.contains("NoClassDefFoundError") || log.contains("Unhandled exception"), log);
    }
}
