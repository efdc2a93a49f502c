package io.kakaorm.migration;

import io.kakaorm.migration.internal.FileRunner;
import io.kakaorm.migration.internal.HistoryTable;
import io.kakaorm.migration.internal.MigrationFiles;
import io.kakaorm.migration.internal.ParsedMigration;
import io.kakaorm.migration.internal.SchemaDialect;
import io.kakaorm.migration.internal.SchemaDialects;
import io.kakaorm.migration.internal.SqlStatement;
import io.kakaorm.migration.schema.Renames;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.spi.DatabaseAccess;
import io.vertx.core.Future;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * File-based migrations with the guarantees of Flyway: numbered SQL files applied once each, in order,
 * under a lock, recorded with checksums in {@code kakaorm_migrations}, and undone with their down sections.
 *
 * <pre>{@code
 * VersionedMigrator m = new VersionedMigrator(db);
 * Optional<Path> file = m.autogenerate(List.of(User.class, Post.class), Path.of("migrations"), "add_bio").await();
 * int applied = m.runFiles(Path.of("migrations")).await();
 * m.downgrade(1).await();
 * }</pre>
 *
 * <p>A file is {@code NNNN_<name>.sql}: a {@code -- up} line, its statements separated by semicolons, then
 * optionally {@code -- down} and the statements that undo them. On PostgreSQL and SQLite each file runs in
 * one transaction together with its history row. On MariaDB every DDL statement commits by itself: the
 * history row is written first and its progress after each statement, and a failure says which statements
 * ran. Several migrators may run at once (processes or threads): each file is applied exactly once.
 * Immutable and thread-safe.
 */
public final class VersionedMigrator {
    /** How long a migrator waits for another one's lock by default. */
    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(60);

    private final Database db;
    private final SchemaDialect schema;
    private final Duration lockTimeout;
    private final Renames renames;
    private final boolean allowDrop;

    /** A migrator for {@code db}. */
    public VersionedMigrator(Database db) {
        this(db, DEFAULT_LOCK_TIMEOUT, Renames.none(), false);
    }

    private VersionedMigrator(Database db, Duration lockTimeout, Renames renames, boolean allowDrop) {
        this.db = db;
        this.schema = SchemaDialects.of(DatabaseAccess.dialect(db));
        this.lockTimeout = lockTimeout;
        this.renames = renames;
        this.allowDrop = allowDrop;
    }

    /** This migrator with another lock timeout (the wait for a concurrent migrator). */
    public VersionedMigrator lockTimeout(Duration timeout) {
        return new VersionedMigrator(db, timeout, renames, allowDrop);
    }

    /** This migrator with rename hints for {@link #autogenerate}. */
    public VersionedMigrator withRenames(Renames hints) {
        return new VersionedMigrator(db, lockTimeout, hints, allowDrop);
    }

    /**
     * This migrator with {@link #autogenerate} dropping tables and columns the models no longer have
     * ({@code true}), or leaving them (the default).
     */
    public VersionedMigrator allowDrop(boolean drop) {
        return new VersionedMigrator(db, lockTimeout, renames, drop);
    }

    private FileRunner runner() {
        return new FileRunner(db, schema, lockTimeout);
    }

    /**
     * Writes the plan from the live schema to {@code models} as {@code dir/NNNN_<name>.sql}, numbered one after
     * the highest existing file. The schema should be migrated first (pending files make the diff wrong).
     *
     * @return the new file, or empty when there is nothing to change; fails with a validation
     *         {@link MigrationException} for a bad name or pending files
     */
    public Future<Optional<Path>> autogenerate(Collection<? extends Class<?>> models, Path dir, String name) {
        return autogenerate(models, dir, name, 0);
    }

    /**
     * {@link #autogenerate(Collection, Path, String)} numbering the file {@code version} (one history across
     * per-dialect folders, {@link DialectFolders}), or one after the highest file of {@code dir} when 0.
     */
    Future<Optional<Path>> autogenerate(Collection<? extends Class<?>> models, Path dir, String name, int version) {
        if (name == null || !name.matches("[A-Za-z0-9_]+")) {
            return Future.failedFuture(MigrationException.validation(
                    "Migration name '" + name + "' must be letters, digits and underscores, e.g. add_bio"));
        }
        return status(dir)
                .compose(st -> {
                    for (MigrationStatus s : st) {
                        if (s.state() == MigrationState.PENDING) {
                            return Future.failedFuture(MigrationException.validation("Migration " + s.version() + "_"
                                    + s.name() + " is pending: migrate before generating a new one."));
                        }
                    }
                    Migrator m = new Migrator(db).withRenames(renames);
                    return allowDrop ? m.planWithDrop(models) : m.plan(models);
                })
                .compose(plan -> {
                    if (plan.isEmpty()) {
                        return Future.succeededFuture(Optional.<Path>empty());
                    }
                    return blocking(() -> {
                        Files.createDirectories(dir);
                        String fileName = String.format(
                                "%04d_%s.sql", version > 0 ? version : MigrationFiles.nextVersion(dir), name);
                        List<String> up = new ArrayList<>(plan.sql());
                        List<String> down = new ArrayList<>(plan.downSql());
                        if (plan.rebuilds()) { // SQLite's rebuild runs with foreign-key enforcement off around it
                            up.add(0, "PRAGMA foreign_keys = OFF");
                            up.add("PRAGMA foreign_keys = ON");
                            down.add(0, "PRAGMA foreign_keys = OFF");
                            down.add("PRAGMA foreign_keys = ON");
                        }
                        Path file = dir.resolve(fileName);
                        Files.writeString(
                                file,
                                MigrationFiles.render(
                                        fileName,
                                        up,
                                        down,
                                        "generated by VersionedMigrator.autogenerate on " + db.dialectName() + " at "
                                                + Instant.now()),
                                StandardCharsets.UTF_8);
                        return Optional.of(file);
                    });
                });
    }

    /**
     * How the database differs from {@code models}, with this migrator's rename hints and drop setting
     * ({@link Migrator#check}); what {@code kakaorm makemigrations --check} reports.
     */
    public Future<SchemaCheck> check(Collection<? extends Class<?>> models) {
        return new Migrator(db).withRenames(renames).check(models, allowDrop);
    }

    /**
     * Applies the pending files of {@code dir} in order, each under the lock and at most once across
     * concurrent migrators.
     *
     * @return how many files this call applied; fails with a {@link MigrationException}: {@code CHECKSUM} when
     *         an applied file changed, {@code VALIDATION} for a failed earlier run, a file older than the
     *         latest applied one or a file generated for another kind of database (before anything runs),
     *         {@code FAILED} for a statement error, {@code LOCK} on lock timeout
     */
    public Future<Integer> runFiles(Path dir) {
        return files(dir)
                .compose(files -> HistoryTable.read(db).compose(history -> {
                    List<ParsedMigration> pending = Validation.pending(files, history);
                    Future<Integer> chain = Future.succeededFuture(0);
                    for (ParsedMigration m : pending) {
                        chain = chain.compose(n -> runner().apply(m).map(applied -> applied ? n + 1 : n));
                    }
                    return chain;
                }));
    }

    /** The SQL that {@link #runFiles} would run, file by file, without running it (a dry run). */
    public Future<List<String>> pendingSql(Path dir) {
        return files(dir)
                .compose(files -> HistoryTable.read(db).map(history -> {
                    List<String> out = new ArrayList<>();
                    for (ParsedMigration m : Validation.pending(files, history)) {
                        out.add("-- " + m.file().fileName());
                        for (SqlStatement s : m.up()) {
                            out.add(s.sql() + ";");
                        }
                    }
                    return out;
                }));
    }

    /**
     * Undoes the latest {@code steps} applied migrations with their recorded down sections, newest first.
     *
     * @return how many were undone (fewer when fewer were applied); fails with {@link IllegalArgumentException}
     *         when {@code steps < 1}
     */
    public Future<Integer> downgrade(int steps) {
        if (steps < 1) {
            return Future.failedFuture(
                    new IllegalArgumentException("downgrade steps must be at least 1, was " + steps));
        }
        Future<Integer> chain = Future.succeededFuture(0);
        for (int i = 0; i < steps; i++) {
            int step = i;
            // once a step finds nothing to undo, the rest are skipped
            chain = chain.compose(n -> n < step
                    ? Future.succeededFuture(n)
                    : runner().downgradeLatest().map(done -> done ? n + 1 : n));
        }
        return chain;
    }

    /** The history rows, by version; empty before the first migration. */
    public Future<List<AppliedMigration>> history() {
        return HistoryTable.read(db);
    }

    /** The state of every file of {@code dir} and every history row. */
    public Future<List<MigrationStatus>> status(Path dir) {
        return files(dir).compose(files -> HistoryTable.read(db).map(history -> Validation.status(files, history)));
    }

    /**
     * Checks {@code dir} against the history.
     *
     * @return fails with a {@code CHECKSUM} {@link MigrationException} showing both checksums when an applied
     *         file changed, or a {@code VALIDATION} one for missing files, failed runs and out-of-order files
     */
    public Future<Void> validate(Path dir) {
        return status(dir).compose(st -> {
            MigrationException e = Validation.problem(st);
            return e == null ? Future.succeededFuture() : Future.failedFuture(e);
        });
    }

    /**
     * Re-records the checksums of applied files that changed and deletes failed history rows, on purpose,
     * under the lock.
     *
     * @return how many history rows were changed
     */
    public Future<Integer> repair(Path dir) {
        return files(dir)
                .compose(files -> runner().locked(tx -> HistoryTable.deleteFailed(tx)
                        .compose(deleted -> HistoryTable.readAll(tx).compose(rows -> {
                            Future<Integer> chain = Future.succeededFuture(deleted);
                            for (AppliedMigration r : rows) {
                                for (ParsedMigration f : files) {
                                    if (f.file().version() == r.version()
                                            && !f.file().checksum().equals(r.checksum())) {
                                        chain = chain.compose(n -> HistoryTable.updateChecksum(
                                                        tx,
                                                        r.version(),
                                                        f.file().checksum())
                                                .map(x -> n + 1));
                                    }
                                }
                            }
                            return chain;
                        }))));
    }

    /** The files of {@code dir}, refused when one was generated for another dialect. */
    private Future<List<ParsedMigration>> files(Path dir) {
        return blocking(() -> Validation.sameDialect(MigrationFiles.read(dir), db.dialectName(), dir));
    }

    private <T> Future<T> blocking(Callable<T> work) {
        return db.vertx().executeBlocking(work, false);
    }
}
