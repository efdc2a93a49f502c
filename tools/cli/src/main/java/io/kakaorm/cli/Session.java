package io.kakaorm.cli;

import io.kakaorm.migration.VersionedMigrator;
import io.kakaorm.vertx.ConnectOptions;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.KakaORM;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** One command's connection: opened from the resolved settings, closed at the end. */
final class Session implements AutoCloseable {
    final Config config;
    final Vertx vertx = Vertx.vertx();
    final Database db;
    final Duration lockTimeout;

    Session(CommonOptions options) {
        this.config = options.resolve();
        this.lockTimeout = Duration.ofSeconds(options.lockTimeout);
        if (config.url() == null) {
            vertx.close();
            throw new CliException("No database URL: pass --db URL, set " + Config.URL_ENV + ", or run kakaorm init");
        }
        this.db = await(KakaORM.connect(vertx, options(config.url())));
    }

    /** Parses a URL; a server URL without a password gets an empty one (the pool needs one). */
    static ConnectOptions options(String url) {
        ConnectOptions o;
        try {
            o = ConnectOptions.parse(url);
        } catch (IllegalArgumentException e) {
            throw new CliException(Urls.masked(e.getMessage()));
        }
        if (o.password() != null || o.kind() == ConnectOptions.Kind.SQLITE) {
            return o;
        }
        ConnectOptions base = o.kind() == ConnectOptions.Kind.POSTGRES
                ? ConnectOptions.postgres(o.host(), o.port(), o.database(), o.user(), "")
                : ConnectOptions.mysql(o.host(), o.port(), o.database(), o.user(), "");
        for (var e : o.properties().entrySet()) {
            base = base.withProperty(e.getKey(), e.getValue());
        }
        return base;
    }

    VersionedMigrator migrator() {
        return new VersionedMigrator(db).lockTimeout(lockTimeout);
    }

    Path dir() {
        return Path.of(config.migrations());
    }

    static <T> T await(Future<T> f) {
        try {
            return f.toCompletionStage().toCompletableFuture().get();
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            db.disconnect().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            vertx.close().toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
        } catch (Exception ignored) {
            // the process ends anyway
        }
    }
}
