package io.kakaorm.migration.internal;

import io.kakaorm.vertx.ConnectOptions;
import io.kakaorm.vertx.ConnectOptions.Kind;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.KakaORM;
import io.kakaorm.vertx.spi.DatabaseAccess;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

/**
 * A scratch database of one kind, empty when opened and gone when closed, into which a dialect folder's
 * history is replayed so that the next migration of that kind can be planned (what Prisma calls a shadow
 * database): SQLite in a temporary file; PostgreSQL in a new schema of the given server database; MariaDB/MySQL
 * in a new database of the given server. Blocking; for the tools.
 */
public final class ShadowDatabase implements AutoCloseable {
    private final Database db;
    private final Database admin;
    private final String dropSql;
    private final Path file;

    private ShadowDatabase(Database db, Database admin, String dropSql, Path file) {
        this.db = db;
        this.admin = admin;
        this.dropSql = dropSql;
        this.file = file;
    }

    /** A temporary file of a file database ({@link Kind#embedded()}: SQLite). */
    public static ShadowDatabase file(Vertx vertx, Kind kind) {
        try {
            Path dir = Files.createTempDirectory("kakaorm-shadow-");
            Path file = dir.resolve("shadow.db");
            return new ShadowDatabase(
                    await(KakaORM.connect(vertx, ConnectOptions.file(kind, file.toString()))), null, null, file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temporary " + kind + " database file", e);
        }
    }

    /** A new schema (PostgreSQL) or database (MariaDB/MySQL) on the server of {@code server}, dropped on close. */
    public static ShadowDatabase onServer(Vertx vertx, ConnectOptions server) {
        String name = "kakaorm_shadow_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        Database admin = await(KakaORM.connect(vertx, server));
        try {
            ScratchSpace space =
                    SchemaDialects.of(DatabaseAccess.dialect(admin)).scratchSpace();
            if (space == null) {
                throw new IllegalArgumentException(admin.dialectName() + " is no server: use a file shadow database");
            }
            await(admin.execute(String.format(Locale.ROOT, space.create(), name)));
            return new ShadowDatabase(
                    await(KakaORM.connect(vertx, space.connect().into(server, name))),
                    admin,
                    String.format(Locale.ROOT, space.drop(), name),
                    null);
        } catch (RuntimeException e) {
            admin.close();
            throw e;
        }
    }

    /** The scratch database. */
    public Database db() {
        return db;
    }

    @Override
    public void close() {
        await(db.disconnect());
        if (admin != null) {
            try {
                await(admin.execute(dropSql));
            } finally {
                await(admin.disconnect());
            }
        }
        if (file != null) {
            try {
                Files.deleteIfExists(file);
                Files.deleteIfExists(file.resolveSibling("shadow.db-wal"));
                Files.deleteIfExists(file.resolveSibling("shadow.db-shm"));
                Files.deleteIfExists(file.getParent());
            } catch (IOException ignored) {
                // a temporary file left behind
            }
        }
    }

    /** Waits for {@code f} (tools call this off the event loop); failures are rethrown as they are. */
    public static <T> T await(Future<T> f) {
        try {
            return f.toCompletionStage().toCompletableFuture().get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
