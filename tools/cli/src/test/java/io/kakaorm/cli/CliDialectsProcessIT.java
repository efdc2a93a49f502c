package io.kakaorm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kakaorm.vertx.testing.TestDatabases;
import io.kakaorm.vertx.testing.TestDb;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar kakaorm-cli-…-all.jar makemigrations --dialects sqlite,postgresql,mysql}: one file per kind in
 * {@code migrations/<kind>/}, then {@code migrate} against each kind of database picks its folder, and
 * {@code makemigrations --check} finds nothing left on any of them.
 */
@ExtendWith(TestDatabases.class)
class CliDialectsProcessIT {
    @TempDir
    Path work;

    private record Result(int code, String out) {}

    private Result kakaorm(String... args) throws IOException, InterruptedException {
        Path jar;
        try (var s = Files.list(Path.of("target"))) {
            jar = s.filter(p -> p.getFileName().toString().matches("kakaorm-cli-.*-all\\.jar"))
                    .findFirst()
                    .orElseThrow();
        }
        List<String> cmd = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-jar",
                jar.toAbsolutePath().toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd)
                .directory(work.toFile())
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        return new Result(p.exitValue(), out);
    }

    @Test
    void makemigrationsForThreeDialects_thenMigrateEach_fromItsFolder() throws Exception {
        String cp = Path.of("target/test-classes").toAbsolutePath().toString();
        String pg = TestDatabases.url(TestDatabases.options(TestDb.POSTGRES));
        String mysql = TestDatabases.url(TestDatabases.options(TestDb.MYSQL));
        String sqlite = "sqlite:" + work.resolve("dev.db");
        assertEquals(
                0,
                kakaorm("init", "--db", sqlite, "--models", "io.kakaorm.cli.sample", "--classpath", cp)
                        .code());

        Result missing = kakaorm("makemigrations", "--name", "initial", "--dialects", "sqlite,postgresql");
        assertEquals(64, missing.code(), missing.out());
        assertTrue(missing.out().contains("--shadow-db"), missing.out());

        Result make = kakaorm(
                "makemigrations",
                "--name",
                "initial",
                "--dialects",
                "sqlite,postgresql,mysql",
                "--shadow-db",
                pg,
                "--shadow-db",
                mysql);
        assertEquals(0, make.code(), make.out());
        for (String kind : List.of("sqlite", "postgres", "mysql")) {
            Path file = work.resolve("migrations/" + kind + "/0001_initial.sql");
            assertTrue(Files.readString(file).contains("on " + kind + " at"), make.out());
        }
        for (String url : List.of(sqlite, pg, mysql)) {
            Result migrate = kakaorm("migrate", "--db", url);
            assertEquals(0, migrate.code(), migrate.out());
            assertTrue(migrate.out().contains("Applied 1 migration"), migrate.out());
            Result check = kakaorm("makemigrations", "--check", "--db", url);
            assertEquals(0, check.code(), check.out());
            assertEquals(0, kakaorm("validate", "--db", url).code());
        }
    }
}
