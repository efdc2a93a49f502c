package io.kakaorm.cli;

import io.kakaorm.migration.MigrationCommands;
import io.kakaorm.vertx.ConnectOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** One command's connection: the migrations commands opened from the resolved settings, closed at the end. */
final class Session implements AutoCloseable {
    final Config config;
    final MigrationCommands commands;

    Session(CommonOptions options) {
        this.config = options.resolve();
        if (config.url() == null) {
            throw new CliException("No database URL: pass --db URL, set " + Config.URL_ENV + ", or run kakaorm init");
        }
        this.commands = MigrationCommands.open(
                config.url(), Path.of(config.migrations()), Duration.ofSeconds(options.lockTimeout));
    }

    /** Parses a URL; a server URL without a password gets an empty one (the pool needs one). */
    static ConnectOptions options(String url) {
        return MigrationCommands.options(url);
    }

    /** The Model classes of the configured package on the configured class path. */
    List<Class<?>> models() {
        return MigrationCommands.scanModels(config.classpath(), config.models());
    }

    @Override
    public void close() {
        commands.close();
    }
}
