package io.kakaorm.migration;

import static io.kakaorm.vertx.testing.TestDatabases.await;
import static io.kakaorm.vertx.testing.TestDatabases.awaitFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kakaorm.vertx.ConnectOptions;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.spi.DatabaseAccess;
import io.kakaorm.vertx.testing.TestDatabases;
import io.kakaorm.vertx.testing.TestDb;
import io.vertx.core.Future;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Eight migrators at once, as threads and as processes, apply each of 20 files exactly once; kill -9 leaves no lock. */
@ExtendWith(TestDatabases.class)
class ConcurrencyIT {
    private static final int FILES = 20;
    private static final int MIGRATORS = 8;

    @TempDir
    Path dir;

    private void writeFiles() throws IOException {
        Files.writeString(
                dir.resolve("0001_log.sql"),
                "-- up\nCREATE TABLE kkmig_log (v INTEGER NOT NULL);\n"
                        + "INSERT INTO kkmig_log (v) VALUES (1);\n-- down\nDROP TABLE kkmig_log;\n");
        for (int i = 2; i <= FILES; i++) {
            Files.writeString(
                    dir.resolve(String.format("%04d_step%d.sql", i, i)),
                    "-- up\nCREATE TABLE kkmig_t" + i + " (id INTEGER PRIMARY KEY);\nINSERT INTO kkmig_log (v) VALUES ("
                            + i + ");\n-- down\nDROP TABLE kkmig_t" + i + ";\n");
        }
    }

    private static void assertEachFileAppliedOnce(Database db) {
        assertEquals((long) FILES, await(db.fetchValue(Long.class, "SELECT COUNT(*) FROM kkmig_log")));
        assertEquals((long) FILES, await(db.fetchValue(Long.class, "SELECT COUNT(DISTINCT v) FROM kkmig_log")));
        assertEquals(
                (long) FILES,
                await(db.fetchValue(Long.class, "SELECT COUNT(*) FROM kakaorm_migrations WHERE success = 1")));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void eightThreads_applyEachFileOnce(TestDb which) throws Exception {
        writeFiles();
        ConnectOptions o = TestDatabases.options(which);
        List<Future<Integer>> runs = new ArrayList<>();
        for (int i = 0; i < MIGRATORS; i++) {
            Database db = TestDatabases.connect(o);
            runs.add(new VersionedMigrator(db).runFiles(dir));
        }
        int total = 0;
        for (Future<Integer> f : runs) {
            total += await(f);
        }
        assertEquals(FILES, total, "the migrators together applied each file once");
        assertEachFileAppliedOnce(TestDatabases.connect(o));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void eightProcesses_applyEachFileOnce(TestDb which) throws Exception {
        writeFiles();
        ConnectOptions o = TestDatabases.options(which);
        String url = TestDatabases.url(o);
        List<Process> ps = new ArrayList<>();
        for (int i = 0; i < MIGRATORS; i++) {
            ps.add(start(url));
        }
        int total = 0;
        for (Process p : ps) {
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "migrator process finished");
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, p.exitValue(), out);
            total += Integer.parseInt(out.lines()
                    .filter(l -> l.startsWith("APPLIED "))
                    .findFirst()
                    .orElseThrow()
                    .substring(8)
                    .trim());
        }
        assertEquals(FILES, total);
        assertEachFileAppliedOnce(TestDatabases.connect(o));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void killedMigrator_leavesNoLockBehind(TestDb which) throws Exception {
        writeFiles();
        // a file that holds the lock for a long time: the process is killed inside it
        Files.writeString(
                dir.resolve("0002_step2.sql"),
                "-- up\nCREATE TABLE kkmig_t2 (id INTEGER PRIMARY KEY);\n" + slowStatement(which)
                        + ";\nINSERT INTO kkmig_log (v) VALUES (2);\n");
        ConnectOptions o = TestDatabases.options(which);
        String url = TestDatabases.url(o);
        Process victim = start(url);
        Database db = TestDatabases.connect(o);
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline
                && !await(new VersionedMigrator(db).history()).stream().anyMatch(h -> h.version() == 1)) {
            Thread.sleep(100);
        }
        Thread.sleep(1500); // inside file 2 now, holding the lock
        victim.destroyForcibly(); // SIGKILL
        assertTrue(victim.waitFor(30, TimeUnit.SECONDS));
        if (!DatabaseAccess.dialect(db).features().transactionalDdl()) {
            // the next run refuses, naming what committed and the statement that was running
            MigrationException refused = (MigrationException) awaitFailure(new VersionedMigrator(db)
                    .lockTimeout(Duration.ofSeconds(20))
                    .runFiles(dir));
            assertEquals(MigrationException.Kind.VALIDATION, refused.kind(), refused.getMessage());
            assertTrue(
                    refused.getMessage()
                            .contains("after 1 of 3 statements (committed: statement 1; statement 2" + " (line 3: "
                                    + slowStatement(which) + ") was running"),
                    refused.getMessage());
        }
        Files.writeString(
                dir.resolve("0002_step2.sql"),
                "-- up\nCREATE TABLE kkmig_t2 (id INTEGER PRIMARY KEY);\n" + "INSERT INTO kkmig_log (v) VALUES (2);\n");
        if (!DatabaseAccess.dialect(db).features().transactionalDdl()) {
            // MariaDB committed part of file 2: the history says so; clean up as a user would, then repair
            await(db.execute("DROP TABLE IF EXISTS kkmig_t2"));
            await(new VersionedMigrator(db).repair(dir));
        }
        int n = await(
                new VersionedMigrator(db).lockTimeout(Duration.ofSeconds(20)).runFiles(dir));
        assertEquals(FILES - 1, n);
        assertEachFileAppliedOnce(db);
    }

    private static String slowStatement(TestDb which) {
        return switch (which) {
            case POSTGRES -> "SELECT pg_sleep(60)";
            case MYSQL -> "SELECT SLEEP(60)";
            // a long recursive count on SQLite
            case SQLITE ->
                "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 300000000)"
                        + " INSERT INTO kkmig_log (v) SELECT 0 FROM c WHERE x < 0";
        };
    }

    private Process start(String url) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder pb = new ProcessBuilder(
                java,
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-Xshare:auto",
                "-cp",
                System.getProperty("java.class.path"),
                MigrateMain.class.getName(),
                url,
                dir.toString());
        pb.redirectErrorStream(true);
        return pb.start();
    }
}
