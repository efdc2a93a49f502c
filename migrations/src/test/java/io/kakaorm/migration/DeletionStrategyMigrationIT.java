package io.kakaorm.migration;

import static io.kakaorm.vertx.testing.TestDatabases.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kakaorm.migration.models.archive.Journal;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.testing.TestDatabases;
import io.kakaorm.vertx.testing.TestDb;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** SoftDelete/Archive models through the migrations: deleted_at and archive_<table> are planned with the model. */
@ExtendWith(TestDatabases.class)
class DeletionStrategyMigrationIT {

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void autogenerateWritesTheArchiveTableAndDeletedAt(TestDb which, @TempDir Path dir) throws Exception {
        Database db = TestDatabases.open(which);
        VersionedMigrator m = new VersionedMigrator(db);
        Path file = await(m.autogenerate(List.of(Journal.class, Journal.Draft.class), dir, "journal"))
                .orElseThrow();
        String text = Files.readString(file);
        assertTrue(text.contains("archive_journal") && text.contains("deleted_at"), text);
        await(m.runFiles(dir));

        Journal j = await(db.create(Journal.class, x -> x.body = "hello"));
        await(j.delete());
        assertEquals(1L, await(db.from(Journal.class).onlyDeleted().count()));
        await(db.create(Journal.class, x -> x.body = "hello"));
        await(db.from(Journal.class).delete());
        assertEquals(2L, await(db.from(Journal.class).onlyDeleted().count()), "the archive has no UNIQUE");
        assertTrue(
                await(new Migrator(db).plan(List.of(Journal.class, Journal.Draft.class)))
                        .isEmpty(),
                "nothing left to plan");
    }
}
