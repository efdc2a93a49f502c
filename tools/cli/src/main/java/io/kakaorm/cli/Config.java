package io.kakaorm.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The settings {@code kakaorm init} writes to {@code kakaorm.properties}: {@code url}, {@code models},
 * {@code classpath}, {@code migrations}. Command-line options override them; the URL may instead come from
 * the environment variable {@code KAKAORM_DATABASE_URL} so that no password sits in a file.
 */
record Config(String url, String models, String classpath, String migrations) {
    static final String FILE = "kakaorm.properties";
    static final String URL_ENV = "KAKAORM_DATABASE_URL";

    static Config load(Path file) {
        Properties p = new Properties();
        if (Files.exists(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + file, e);
            }
        }
        return new Config(
                p.getProperty("url"),
                p.getProperty("models"),
                p.getProperty("classpath"),
                p.getProperty("migrations", "migrations"));
    }

    void save(Path file) {
        Properties p = new Properties();
        if (url != null) {
            p.setProperty("url", url);
        }
        if (models != null) {
            p.setProperty("models", models);
        }
        if (classpath != null) {
            p.setProperty("classpath", classpath);
        }
        p.setProperty("migrations", migrations);
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            p.store(
                    w,
                    "KakaORM settings; options on the command line override them. The URL may instead come"
                            + " from the environment variable " + URL_ENV + ".");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }
}
