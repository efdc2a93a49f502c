package io.kakaorm.migration;

import static io.kakaorm.vertx.testing.TestDatabases.await;
import static io.kakaorm.vertx.testing.TestDatabases.awaitFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kakaorm.migration.internal.HistoryTable;
import io.kakaorm.migration.internal.MigrationFiles;
import io.kakaorm.migration.internal.ParsedMigration;
import io.kakaorm.migration.models.Author;
import io.kakaorm.migration.models.PostV1;
import io.kakaorm.migration.models.PostV2;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.spi.DatabaseAccess;
import io.kakaorm.vertx.testing.TestDatabases;
import io.kakaorm.vertx.testing.TestDb;
import io.vertx.core.Future;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Files, history, checksums, downgrade, status, validate and repair on every database. */
@ExtendWith(TestDatabases.class)
class VersionedMigratorIT {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void autogenerate_run_downgrade_roundTrip(TestDb which) throws Exception {
        Database db = TestDatabases.open(which);
        VersionedMigrator m = new VersionedMigrator(db);
        Files.writeString(
                dir.resolve("0007_manual.sql"),
                "-- up\nCREATE TABLE kkmig_manual (id INTEGER PRIMARY KEY);\n-- down\nDROP TABLE kkmig_manual;\n");
        assertEquals(1, await(m.runFiles(dir)));
        Path first = await(m.autogenerate(List.of(Author.class, PostV1.class), dir, "initial"))
                .orElseThrow();
        assertEquals("0008_initial.sql", first.getFileName().toString(), "numbered after the highest, not by count");
        String text = Files.readString(first);
        assertTrue(text.contains("-- up") && text.contains("-- down"), text);
        assertEquals(1, await(m.runFiles(dir)));
        assertEquals(0, await(m.runFiles(dir)), "applied once");
        assertEquals(Optional.empty(), await(m.autogenerate(List.of(Author.class, PostV1.class), dir, "nothing")));
        await(db.execute("INSERT INTO kkmig_post (id, title, views) VALUES (1, 'keep', 2)"));
        Path second = await(m.autogenerate(List.of(Author.class, PostV2.class), dir, "v2"))
                .orElseThrow();
        assertEquals("0009_v2.sql", second.getFileName().toString());
        assertEquals(1, await(m.runFiles(dir)));
        assertTrue(await(new Migrator(db).plan(Author.class, PostV2.class)).isEmpty());
        assertEquals("keep", await(db.fetchValue(String.class, "SELECT title FROM kkmig_post WHERE id = 1")));

        List<AppliedMigration> h = await(m.history());
        assertEquals(List.of(7, 8, 9), h.stream().map(AppliedMigration::version).toList());
        assertTrue(h.stream().allMatch(a -> a.success() && a.checksum().startsWith("v1:sha256:")));

        assertEquals(1, await(m.downgrade(1)));
        assertTrue(await(new Migrator(db).plan(Author.class, PostV1.class)).isEmpty(), "down restored v1");
        // another SQL text: PostgreSQL refuses a cached statement whose result type the migration changed
        assertEquals("keep", await(db.fetchValue(String.class, "SELECT title FROM kkmig_post WHERE id = 1 AND 1 = 1")));
        assertEquals(MigrationState.PENDING, await(m.status(dir)).get(2).state());
        assertInstanceOf(IllegalArgumentException.class, awaitFailure(m.downgrade(0)));
        assertEquals(2, await(m.downgrade(5)), "only two were left");
        assertTrue(await(new Migrator(db).readSchema()).tables().keySet().stream()
                .allMatch(t -> t.equals("kakaorm_migrations")));
        assertEquals(3, await(m.runFiles(dir)));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void badlyNamedFile_failsValidateStatusMigrateAndMakemigrations_namingIt(TestDb which) throws Exception {
        Database db = TestDatabases.open(which);
        VersionedMigrator m = new VersionedMigrator(db);
        Files.writeString(dir.resolve("0001_t.sql"), "-- up\nCREATE TABLE kkmig_t (id INTEGER PRIMARY KEY);\n");
        Files.writeString(dir.resolve("0002_add user.sql"), "-- up\nCREATE TABLE kkmig_u (id INTEGER PRIMARY KEY);\n");
        for (Future<?> f : List.of(
                m.validate(dir),
                m.status(dir),
                m.runFiles(dir),
                m.pendingSql(dir),
                m.autogenerate(List.of(), dir, "next"))) {
            MigrationException e = (MigrationException) awaitFailure(f);
            assertEquals(MigrationException.Kind.VALIDATION, e.kind());
            assertTrue(
                    e.getMessage().contains("'0002_add user.sql'")
                            && e.getMessage().contains("NNNN_<name>.sql"),
                    e.getMessage());
        }
        assertEquals(List.of(), await(m.history()), "nothing ran");
        Files.move(dir.resolve("0002_add user.sql"), dir.resolve("0002_add_user.sql"));
        assertEquals(2, await(m.runFiles(dir)));
    }

    /**
     * The history rows a migrator killed with kill -9 leaves on MariaDB (written here on every database, as the
     * runner judges them alike): nothing committed runs again by itself; something committed, or a statement
     * sent without an answer, still stops the run, naming what is known.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void killedMigrator_nothingCommittedProceeds_somethingCommittedRefusesWithTheRealRange(TestDb which)
            throws Exception {
        Database db = TestDatabases.open(which);
        VersionedMigrator m = new VersionedMigrator(db);
        Path f = dir.resolve("0001_two.sql");
        Files.writeString(
                f,
                "-- up\nCREATE TABLE kkmig_k1 (id INTEGER PRIMARY KEY);\n"
                        + "CREATE TABLE kkmig_k2 (id INTEGER PRIMARY KEY);\n-- down\nDROP TABLE kkmig_k2;\nDROP TABLE kkmig_k1;\n");
        ParsedMigration pm = MigrationFiles.read(dir).get(0);
        await(db.execute(HistoryTable.CREATE));
        BiConsumer<Integer, Integer> killedRow = (done, success) -> {
            await(db.execute("DELETE FROM kakaorm_migrations"));
            await(HistoryTable.insert(
                    db, new AppliedMigration(1, "two", pm.file().checksum(), Instant.now(), 0, false, done), ""));
            await(db.execute("UPDATE kakaorm_migrations SET success = ? WHERE version = 1", success));
        };
        // killed after sending statement 1 (success = 2, 0 done): unknown whether it ran — refused, saying so
        killedRow.accept(0, 2);
        MigrationException e = (MigrationException) awaitFailure(m.runFiles(dir));
        assertEquals(MigrationException.Kind.VALIDATION, e.kind(), e.getMessage());
        assertTrue(
                e.getMessage().contains("committed: none; statement 1 (line 2: CREATE TABLE kkmig_k1")
                        && e.getMessage().contains("was running"),
                e.getMessage());
        assertFalse(e.getMessage().contains("1-0"), e.getMessage());
        // statement 1 committed, killed before statement 2 was sent: refused with the real range
        await(db.execute("CREATE TABLE kkmig_k1 (id INTEGER PRIMARY KEY)"));
        killedRow.accept(1, 0);
        e = (MigrationException) awaitFailure(m.runFiles(dir));
        assertTrue(e.getMessage().contains("after 1 of 2 statements (committed: statement 1)"), e.getMessage());
        killedRow.accept(1, 2);
        e = (MigrationException) awaitFailure(m.runFiles(dir));
        assertTrue(
                e.getMessage().contains("(committed: statement 1; statement 2 (line 3: CREATE TABLE kkmig_k2"),
                e.getMessage());
        await(db.execute("DROP TABLE kkmig_k1"));
        // killed before statement 1 was sent (0 done, not running): nothing committed — the file just runs
        killedRow.accept(0, 0);
        assertEquals(MigrationState.FAILED, await(m.status(dir)).get(0).state());
        assertEquals(1, await(m.runFiles(dir)));
        List<AppliedMigration> h = await(m.history());
        assertEquals(1, h.size());
        assertTrue(h.get(0).success());
        assertEquals(2, h.get(0).statementsDone());
        assertTrue(await(new Migrator(db).readSchema()).tables().containsKey("kkmig_k2"));
        await(m.downgrade(1));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void changedFile_stopsTheRun_showingBothChecksums_untilRepair(TestDb which) throws Exception {
        Database db = TestDatabases.open(which);
        VersionedMigrator m = new VersionedMigrator(db);
        Path f = dir.resolve("0001_t.sql");
        Files.writeString(f, "-- up\nCREATE TABLE kkmig_t (id INTEGER PRIMARY KEY);\n-- down\nDROP TABLE kkmig_t;\n");
        assertEquals(1, await(m.runFiles(dir)));
        String applied = await(m.history()).get(0).checksum();
        // a checkout with CRLF line endings is the same file
        Files.writeString(f, Files.readString(f).replace("\n", "\r\n"));
        await(m.validate(dir));
        Files.writeString(
                f, "-- up\nCREATE TABLE kkmig_t (id INTEGER PRIMARY KEY, x INTEGER);\n-- down\nDROP TABLE kkmig_t;\n");
        Files.writeString(dir.resolve("0002_u.sql"), "-- up\nCREATE TABLE kkmig_u (id INTEGER PRIMARY KEY);\n");
        MigrationException e = (MigrationException) awaitFailure(m.runFiles(dir));
        assertEquals(MigrationException.Kind.CHECKSUM, e.kind());
        assertTrue(e.getMessage().contains("-> Applied : " + applied), e.getMessage());
        assertTrue(
                e.getMessage().contains("0001_t.sql") && e.getMessage().contains("-> Local   : v1:sha256:"),
                e.getMessage());
        assertEquals(MigrationState.CHANGED, await(m.status(dir)).get(0).state());
        assertEquals(MigrationException.Kind.CHECKSUM, ((MigrationException) awaitFailure(m.validate(dir))).kind());
        assertEquals(1, await(m.repair(dir)));
        assertEquals(1, await(m.runFiles(dir)));
        Files.delete(f);
        assertEquals(MigrationState.MISSING, await(m.status(dir)).get(0).state());
        assertEquals(MigrationException.Kind.VALIDATION, ((MigrationException) awaitFailure(m.validate(dir))).kind());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void failingStatement_namesFileLineAndState(TestDb which) throws Exception {
        Database db = TestDatabases.open(which);
        VersionedMigrator m = new VersionedMigrator(db);
        Files.writeString(dir.resolve("0001_ok.sql"), "-- up\nCREATE TABLE kkmig_a (id INTEGER PRIMARY KEY);\n");
        Files.writeString(
                dir.resolve("0002_bad.sql"),
                "-- up\nCREATE TABLE kkmig_b (id INTEGER PRIMARY KEY);\n\nINSERT INTO kkmig_nope VALUES (1);\n");
        MigrationException e = (MigrationException) awaitFailure(m.runFiles(dir));
        assertEquals(MigrationException.Kind.FAILED, e.kind());
        assertEquals("0002_bad.sql", e.file());
        assertEquals(4, e.line());
        assertTrue(e.getMessage().startsWith("Migration 0002_bad.sql failed on " + which.dialect()), e.getMessage());
        assertTrue(e.getMessage().contains("Statement : INSERT INTO kkmig_nope"), e.getMessage());
        List<AppliedMigration> h = await(m.history());
        assertTrue(h.get(0).success());
        if (DatabaseAccess.dialect(db).features().transactionalDdl()) {
            assertEquals(1, h.size(), "the failed file and its history row were rolled back");
            assertFalse(await(new Migrator(db).readSchema()).tables().containsKey("kkmig_b"));
        } else {
            assertEquals(2, h.size(), "MariaDB records how far it got");
            assertFalse(h.get(1).success());
            assertEquals(1, h.get(1).statementsDone());
            assertTrue(e.getMessage().contains("Statements 1-1 of 2 of 0002_bad.sql ran"), e.getMessage());
            MigrationException again = (MigrationException) awaitFailure(m.runFiles(dir));
            assertEquals(MigrationException.Kind.VALIDATION, again.kind(), again.getMessage());
            assertEquals(MigrationState.FAILED, await(m.status(dir)).get(1).state());
            await(db.execute("DROP TABLE kkmig_b"));
            assertEquals(1, await(m.repair(dir)));
        }
        Files.writeString(dir.resolve("0002_bad.sql"), "-- up\nCREATE TABLE kkmig_b (id INTEGER PRIMARY KEY);\n");
        assertEquals(1, await(m.runFiles(dir)));
    }
}
