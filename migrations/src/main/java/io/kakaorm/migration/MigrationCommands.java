package io.kakaorm.migration;

import io.kakaorm.migration.internal.ModelScanner;
import io.kakaorm.migration.internal.ShadowDatabase;
import io.kakaorm.migration.schema.Renames;
import io.kakaorm.vertx.ConnectOptions;
import io.kakaorm.vertx.ConnectOptions.Kind;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.KakaORM;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The migrations commands as the {@code kakaorm} CLI and the Maven plugin run them, blocking, on one
 * connection: make migrations (for one or several kinds of database), migrate, roll back, status,
 * validate, repair. The migrations directory may hold one folder per kind of database ({@link DialectFolders});
 * every command then uses the connected database's folder. Failures are exceptions: {@link MigrationException}
 * (its {@link MigrationException#kind()}), {@link MigrationSettingsException} for a wrong setting;
 * {@link #exitCode} maps them to the CLI's exit codes.
 *
 * <pre>{@code
 * try (MigrationCommands c = MigrationCommands.open("sqlite:./dev.db", Path.of("migrations"), Duration.ofSeconds(60))) {
 *     List<Class<?>> models = MigrationCommands.scanModels("target/classes", "com.acme.models");
 *     c.makeMigrations(models, "add_bio", Renames.none(), false, List.of("sqlite", "postgresql"), List.of(pgScratchUrl));
 *     c.migrate();
 * }
 * }</pre>
 */
public final class MigrationCommands implements AutoCloseable {
    /** Exit code: done. */
    public static final int OK = 0;
    /** Exit code: an error, or differences under {@code makemigrations --check}. */
    public static final int ERROR = 1;
    /** Exit code: a checksum or validation failure. */
    public static final int VALIDATION = 2;
    /** Exit code: lock timeout. */
    public static final int LOCK = 3;
    /** Exit code: a usage or settings error (EX_USAGE of sysexits.h). */
    public static final int USAGE = 64;

    private final Vertx vertx;
    private final Database db;
    private final Path root;
    private final Duration lockTimeout;

    private MigrationCommands(Vertx vertx, Database db, Path root, Duration lockTimeout) {
        this.vertx = vertx;
        this.db = db;
        this.root = root;
        this.lockTimeout = lockTimeout;
    }

    /**
     * Connects to {@code url} (a server URL without a password gets an empty one) for the migrations in
     * {@code dir}.
     *
     * @throws MigrationSettingsException for no URL or a malformed one
     */
    public static MigrationCommands open(String url, Path dir, Duration lockTimeout) {
        if (url == null || url.isBlank()) {
            throw new MigrationSettingsException(
                    "No database URL: pass --db URL (the plugin's url), or set" + " KAKAORM_DATABASE_URL");
        }
        ConnectOptions options = options(url);
        Vertx vertx = Vertx.vertx();
        try {
            return new MigrationCommands(
                    vertx, ShadowDatabase.await(KakaORM.connect(vertx, options)), dir, lockTimeout);
        } catch (RuntimeException e) {
            // wait for Vert.x to stop: a host that unloads our classes right after (the Maven plugin's class
            // realm) would otherwise see its shutdown fail with NoClassDefFoundError on the event loop
            try {
                vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException ignored) {
                // the connect failure is what the caller needs to see
            }
            throw e;
        }
    }

    /** Parses {@code url}; a server URL without a password gets an empty one (the pool needs one). */
    public static ConnectOptions options(String url) {
        ConnectOptions o;
        try {
            o = ConnectOptions.parse(url);
        } catch (IllegalArgumentException e) {
            throw new MigrationSettingsException(e.getMessage());
        }
        boolean file = o.host() == null; // SQLite: no server, no password
        return o.password() != null || file ? o : o.withPassword("");
    }

    /** The Model classes of {@code pkg} on {@code classpath} (directories and jars, path-separator separated). */
    public static List<Class<?>> scanModels(String classpath, String pkg) {
        return ModelScanner.scan(classpath, pkg);
    }

    /** The connected database. */
    public Database database() {
        return db;
    }

    /** The connected database's kind: {@code sqlite}, {@code postgres} or {@code mysql}. */
    public String dialect() {
        return db.dialectName();
    }

    /** The folder the commands use: the dialect's folder when the directory has per-dialect folders, else the directory. */
    public Path folder() {
        return DialectFolders.folder(root, dialect());
    }

    private VersionedMigrator migrator() {
        return new VersionedMigrator(db).lockTimeout(lockTimeout);
    }

    /** The drop/add pairs that may be renames, beyond {@code renames}. */
    public List<RenameCandidate> renameCandidates(List<Class<?>> models, Renames renames) {
        return await(new Migrator(db).withRenames(renames).renameCandidates(models));
    }

    /** How the database differs from {@code models}. */
    public SchemaCheck check(List<Class<?>> models, Renames renames, boolean allowDrop) {
        return await(migrator().withRenames(renames).allowDrop(allowDrop).check(models));
    }

    /**
     * Writes the next migration. Without {@code dialects}, one file for the connected database into
     * {@link #folder()}. With them ({@code sqlite}, {@code postgresql}, {@code mysql}), one file per kind into
     * its folder under the directory, all with the same version number: the connected database plans its own
     * kind (it must be migrated), and every other kind is planned against a scratch database into which its
     * folder's history is replayed — a temporary file for SQLite, a new schema/database (dropped afterwards)
     * on the server of a {@code shadowUrls} entry of that kind for PostgreSQL and MariaDB/MySQL.
     *
     * @return the files written (none when nothing changed)
     * @throws MigrationSettingsException for an unknown dialect or a server kind without a scratch URL
     */
    public List<Path> makeMigrations(
            List<Class<?>> models,
            String name,
            Renames renames,
            boolean allowDrop,
            List<String> dialects,
            List<String> shadowUrls) {
        List<String> kinds = DialectFolders.parse(dialects);
        if (kinds.isEmpty()) {
            Optional<Path> file = await(migrator()
                    .withRenames(renames)
                    .allowDrop(allowDrop)
                    .autogenerate(
                            models,
                            folder(),
                            name,
                            DialectFolders.perDialect(root) ? DialectFolders.nextVersion(root) : 0));
            return file.map(List::of).orElse(List.of());
        }
        List<ConnectOptions> servers = new ArrayList<>();
        for (String u : shadowUrls) {
            servers.add(options(u));
        }
        for (String kind : kinds) { // every setting checked before anything is written
            if (!kind.equals(dialect()) && !Kind.of(kind).embedded() && server(servers, kind) == null) {
                throw new MigrationSettingsException("--dialects " + kind + " needs a " + kind + " server to replay "
                        + root.resolve(kind) + " into: pass --shadow-db URL (a scratch database; a schema or database"
                        + " is created in it and dropped afterwards)");
            }
        }
        int version = DialectFolders.nextVersion(root);
        List<Path> out = new ArrayList<>();
        try {
            for (String kind : kinds) {
                Path dir = root.resolve(kind);
                if (kind.equals(dialect())) {
                    generate(migrator(), models, dir, name, renames, allowDrop, version)
                            .ifPresent(out::add);
                    continue;
                }
                try (ShadowDatabase shadow = Kind.of(kind).embedded()
                        ? ShadowDatabase.file(vertx, Kind.of(kind))
                        : ShadowDatabase.onServer(vertx, server(servers, kind))) {
                    VersionedMigrator m = new VersionedMigrator(shadow.db()).lockTimeout(lockTimeout);
                    await(m.runFiles(dir));
                    generate(m, models, dir, name, renames, allowDrop, version).ifPresent(out::add);
                }
            }
        } catch (RuntimeException e) {
            // all kinds or none: a history with version N in one folder only would be applied on one kind of
            // database and skipped (or numbered differently next time) on the others
            for (Path written : out) {
                try {
                    Files.deleteIfExists(written);
                } catch (IOException io) {
                    e.addSuppressed(io);
                }
            }
            throw e;
        }
        return out;
    }

    private static Optional<Path> generate(
            VersionedMigrator m,
            List<Class<?>> models,
            Path dir,
            String name,
            Renames renames,
            boolean allowDrop,
            int version) {
        return await(m.withRenames(renames).allowDrop(allowDrop).autogenerate(models, dir, name, version));
    }

    private static ConnectOptions server(List<ConnectOptions> servers, String kind) {
        for (ConnectOptions o : servers) {
            if (o.kind().equals(Kind.of(kind))) {
                return o;
            }
        }
        return null;
    }

    /** Applies the pending files of {@link #folder()}; how many. */
    public int migrate() {
        return await(migrator().runFiles(folder()));
    }

    /** The SQL {@link #migrate()} would run, without running it. */
    public List<String> pendingSql() {
        return await(migrator().pendingSql(folder()));
    }

    /** Rolls back the latest {@code steps} migrations with their recorded down sections; how many. */
    public int rollback(int steps) {
        if (steps < 1) {
            throw new MigrationSettingsException("steps must be at least 1");
        }
        return await(migrator().downgrade(steps));
    }

    /** The state of every file of {@link #folder()} and every history row. */
    public List<MigrationStatus> status() {
        return await(migrator().status(folder()));
    }

    /** Checks {@link #folder()} against the history; throws the {@link MigrationException} describing a problem. */
    public void validate() {
        await(migrator().validate(folder()));
    }

    /** Re-records changed checksums and deletes failed history rows; how many rows changed. */
    public int repair() {
        return await(migrator().repair(folder()));
    }

    /**
     * The exit code of a command that failed with {@code failure}: 64 for settings, 2 for checksum and
     * validation, 3 for the lock, 1 for anything else.
     */
    public static int exitCode(Throwable failure) {
        Throwable e = cause(failure);
        if (e instanceof MigrationSettingsException) {
            return USAGE;
        }
        if (e instanceof MigrationException m) {
            return switch (m.kind()) {
                case CHECKSUM, VALIDATION -> VALIDATION;
                case LOCK -> LOCK;
                case FAILED -> ERROR;
            };
        }
        return ERROR;
    }

    /** {@code failure} without the wrappers of a future ({@link CompletionException}, {@link ExecutionException}). */
    public static Throwable cause(Throwable failure) {
        Throwable e = failure;
        while (e.getCause() != null && (e instanceof CompletionException || e instanceof ExecutionException)) {
            e = e.getCause();
        }
        return e;
    }

    private static <T> T await(Future<T> f) {
        return ShadowDatabase.await(f);
    }

    @Override
    public void close() {
        try {
            db.disconnect().toCompletionStage().toCompletableFuture().get();
            vertx.close().toCompletionStage().toCompletableFuture().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException ignored) {
            // closing: nothing left to do
        }
    }
}
