package io.kakaorm.migration.docs;

import io.kakaorm.migration.AppliedMigration;
import io.kakaorm.migration.MigrationPlan;
import io.kakaorm.migration.MigrationStatus;
import io.kakaorm.migration.Migrator;
import io.kakaorm.migration.VersionedMigrator;
import io.kakaorm.migration.models.Author;
import io.kakaorm.migration.models.PostV1;
import io.kakaorm.migration.models.PostV3;
import io.kakaorm.migration.schema.Renames;
import io.kakaorm.vertx.Database;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The README's migration examples; the tagged regions are copied into migrations/README.md verbatim. */
final class MigrationDocsSample {
    private MigrationDocsSample() {}

    static void plan(Database db) {
        // tag::plan[]
        MigrationPlan plan = new Migrator(db).plan(Author.class, PostV1.class).await();
        plan.sql().forEach(System.out::println);      // up SQL
        plan.downSql().forEach(System.out::println);  // down SQL, reverse order
        if (!plan.isEmpty()) {
            plan.apply().await();
        }
        // end::plan[]
    }

    static void rename(Database db) {
        // tag::rename[]
        Migrator migrator = new Migrator(db)
                .withRenames(Renames.none().column("kkmig_post", "body", "content"));
        migrator.plan(Author.class, PostV3.class).await().apply().await(); // RENAME COLUMN, data kept
        // end::rename[]
    }

    static void versioned(Database db, Path dir) {
        // tag::versioned[]
        VersionedMigrator migrator = new VersionedMigrator(db);
        Optional<Path> file = migrator.autogenerate(List.of(Author.class, PostV1.class), dir, "initial").await();
        int applied = migrator.runFiles(dir).await();          // pending files, in order, each once
        for (AppliedMigration m : migrator.history().await()) {
            System.out.println(m.version() + " " + m.name() + " " + m.appliedAt());
        }
        for (MigrationStatus s : migrator.status(dir).await()) { // APPLIED, PENDING, CHANGED, MISSING, FAILED
            System.out.println(s.version() + " " + s.state());
        }
        migrator.validate(dir).await();                         // fails on a changed or missing file
        migrator.downgrade(1).await();                          // undo the latest one
        // end::versioned[]
        System.out.println(file + " " + applied);
    }
}
