package io.kakaorm.migration;

import static io.kakaorm.vertx.testing.TestDatabases.await;
import static io.kakaorm.vertx.testing.TestDatabases.awaitFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kakaorm.ModelDefinitionException;
import io.kakaorm.migration.models.backfill.Entry;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.testing.TestDatabases;
import io.kakaorm.vertx.testing.TestDb;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * NOT NULL columns added to a table that has rows: auto timestamps are backfilled with the current time,
 * columns with a model default get it, and a column with neither is refused at plan time — on every database
 * (SQLite through its table rebuild), by a plan and by a migration file.
 */
@ExtendWith(TestDatabases.class)
class BackfillIT {
    @TempDir
    Path dir;

    private static Database withRows(TestDb which) {
        Database db = TestDatabases.open(which);
        await(await(new Migrator(db).plan(Entry.V1.class)).apply());
        for (String title : List.of("a", "b", "c")) {
            await(db.create(Entry.V1.class, e -> e.title = title));
        }
        return db;
    }

    private static void assertBackfilled(Database db, Instant before) {
        Instant after = Instant.now().plusSeconds(2);
        Instant from = before.minusSeconds(2).truncatedTo(ChronoUnit.SECONDS);
        List<Entry.V2> rows =
                await(db.from(Entry.V2.class).orderBy(e -> e.title).list());
        assertEquals(List.of("a", "b", "c"), rows.stream().map(e -> e.title).toList());
        for (Entry.V2 e : rows) {
            assertNotNull(e.createdAt, "createdAt");
            assertTrue(!e.createdAt.isBefore(from) && e.createdAt.isBefore(after), e.createdAt + " is now");
            assertTrue(
                    !e.changedAt.toInstant().isBefore(from)
                            && e.changedAt.toInstant().isBefore(after),
                    e.changedAt + " is now");
            assertTrue(
                    Duration.between(e.touchedAt, LocalDateTime.now()).abs().toHours() < 15, e.touchedAt + " is today");
            assertTrue(Math.abs(e.day.toEpochDay() - LocalDate.now().toEpochDay()) <= 1, e.day + " is today");
            assertEquals("new", e.state);
            assertEquals(5, e.score);
        }
        await(db.create(Entry.V2.class, e -> e.title = "d")); // the model still sets its own timestamps
        assertEquals(List.of(), await(new Migrator(db).plan(Entry.V2.class)).sql(), "no DEFAULT is left behind");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void notNullAutoTimestampsAndDefaults_onATableWithRows_areBackfilledByAPlan(TestDb which) {
        Database db = withRows(which);
        Instant before = Instant.now();
        MigrationPlan plan = await(new Migrator(db).plan(Entry.V2.class));
        await(plan.apply());
        assertBackfilled(db, before);
        await(plan.applyDown());
        assertEquals(4L, ((Number) await(db.fetchValue("SELECT COUNT(*) FROM kkbf_entry"))).longValue(), "rows kept");
        assertEquals(List.of(), await(new Migrator(db).plan(Entry.V1.class)).sql(), "down restores V1");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void notNullAutoTimestampsAndDefaults_onATableWithRows_areBackfilledByAFile(TestDb which) {
        Database db = withRows(which);
        VersionedMigrator m = new VersionedMigrator(db);
        Optional<Path> file = await(m.autogenerate(List.of(Entry.V2.class), dir, "timestamps"));
        assertTrue(file.isPresent());
        Instant before = Instant.now();
        assertEquals(1, await(m.runFiles(dir)));
        assertBackfilled(db, before);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void aNotNullColumnWithoutDefault_isRefusedAtPlanTime_sayingWhatToAdd(TestDb which) {
        Database db = withRows(which);
        Throwable e = awaitFailure(new Migrator(db).plan(Entry.V3.class));
        assertInstanceOf(ModelDefinitionException.class, e);
        assertTrue(
                e.getMessage().contains("field 'owner'")
                        && e.getMessage().contains("kkbf_entry.owner")
                        && e.getMessage().contains("@Column(defaultValue")
                        && e.getMessage().contains("--rename kkbf_entry.OLD=owner"),
                e.getMessage());
        assertEquals(
                List.of(),
                await(new Migrator(db).renameCandidates(List.of(Entry.V3.class))),
                "asking about renames (before they are known) is not refused");
    }
}
