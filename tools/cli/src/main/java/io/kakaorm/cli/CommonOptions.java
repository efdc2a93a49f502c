package io.kakaorm.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every command takes; each overrides the config file. */
final class CommonOptions {
    @Option(
            names = "--db",
            paramLabel = "URL",
            description =
                    "Database URL (postgresql://, mysql://, sqlite:FILE); overrides the config file and KAKAORM_DATABASE_URL.")
    String db;

    @Option(
            names = "--models",
            paramLabel = "PACKAGE",
            description = "Package whose Model classes are the schema (scanned, sub-packages included).")
    String models;

    @Option(
            names = "--classpath",
            paramLabel = "DIR|JAR",
            description = "Where the model classes are: directories and jars separated by '${sys:path.separator}'.")
    String classpath;

    @Option(
            names = "--dir",
            paramLabel = "DIR",
            description = "The migrations directory (default from the config file, else 'migrations').")
    Path dir;

    @Option(
            names = "--config",
            paramLabel = "FILE",
            defaultValue = Config.FILE,
            description = "The config file (default: ${DEFAULT-VALUE}).")
    Path config;

    @Option(
            names = "--lock-timeout",
            paramLabel = "SECONDS",
            defaultValue = "60",
            description = "How long to wait for another migrator's lock (default: ${DEFAULT-VALUE}).")
    long lockTimeout;

    /** The file's settings overridden by the options given on the command line (not the environment). */
    Config explicit() {
        Config file = Config.load(config);
        return new Config(
                db != null ? db : file.url(),
                models != null ? models : file.models(),
                classpath != null ? classpath : file.classpath(),
                dir != null ? dir.toString() : file.migrations());
    }

    /** The settings after options override the file. */
    Config resolve() {
        Config file = Config.load(config);
        String url =
                db != null ? db : System.getenv(Config.URL_ENV) != null ? System.getenv(Config.URL_ENV) : file.url();
        return new Config(
                url,
                models != null ? models : file.models(),
                classpath != null ? classpath : file.classpath(),
                dir != null ? dir.toString() : file.migrations());
    }
}
