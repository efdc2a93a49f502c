package io.kakaorm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.KakaORM;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the built {@code kakaorm} jar in separate processes against SQLite and PostgreSQL. */
class CliProcessIT {
    private static final String PASSWORD = "s3cretPw";

    @TempDir
    Path work;

    record Result(int code, String out) {}

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
                "-Xshare:auto",
                "-jar",
                jar.toAbsolutePath().toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd)
                .directory(work.toFile())
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertFalse(out.contains(PASSWORD), "the password is never printed:\n" + out);
        assertFalse(out.contains("\u001b["), "no colour when not on a terminal:\n" + out);
        return new Result(p.exitValue(), out);
    }

    private void fullCycle(String url) throws Exception {
        String cp = Path.of("target/test-classes").toAbsolutePath().toString();
        Result init = kakaorm("init", "--db", url, "--models", "io.kakaorm.cli.sample", "--classpath", cp);
        assertEquals(0, init.code(), init.out());
        assertTrue(Files.isDirectory(work.resolve("migrations")));
        assertTrue(Files.readString(work.resolve("kakaorm.properties")).contains("io.kakaorm.cli.sample"));
        assertEquals(0, kakaorm("makemigrations", "--help").code());
        Result make = kakaorm("makemigrations", "--name", "initial");
        assertEquals(0, make.code(), make.out());
        assertTrue(Files.exists(work.resolve("migrations/0001_initial.sql")), make.out());
        Result dry = kakaorm("migrate", "--dry-run");
        assertTrue(dry.out().contains("CREATE TABLE") && dry.out().contains("kkmig_cli_note"), dry.out());
        Result migrate = kakaorm("migrate");
        assertEquals(0, migrate.code(), migrate.out());
        assertTrue(migrate.out().contains("Applied 1 migration"), migrate.out());
        assertEquals(0, kakaorm("makemigrations", "--name", "again").code());
        assertFalse(Files.exists(work.resolve("migrations/0002_again.sql")), "no changes, no file");
        Result show = kakaorm("showmigrations");
        assertTrue(
                show.out().contains("0001")
                        && show.out().contains("initial")
                        && show.out().contains("applied"),
                show.out());
        Files.writeString(work.resolve("migrations/0001_initial.sql"), "\n-- edited\n", StandardOpenOption.APPEND);
        Result invalid = kakaorm("validate");
        assertEquals(2, invalid.code(), invalid.out());
        assertTrue(invalid.out().contains("-> Applied : v1:sha256:"), invalid.out());
        assertEquals(2, kakaorm("migrate").code());
        assertEquals(0, kakaorm("repair").code());
        assertEquals(0, kakaorm("validate").code());
        Result down = kakaorm("migrate", "--direction", "down", "--steps", "1");
        assertEquals(0, down.code(), down.out());
        assertTrue(kakaorm("showmigrations").out().contains("pending"));
        assertEquals(
                64, kakaorm("migrate", "--direction", "down", "--steps", "0").code(), "a usage error");
        assertEquals(0, kakaorm("migrate", "--db", url).code());
    }

    /** makemigrations on a terminal (util-linux script gives it one) asks about the rename and, told yes, renames. */
    @Test
    void onATerminal_makemigrationsAsksDidYouRename() throws Exception {
        Assumptions.assumeTrue(
                Files.isExecutable(Path.of("/usr/bin/script")), "no util-linux script to give a terminal");
        String cp = Path.of("target/test-classes").toAbsolutePath().toString();
        assertEquals(
                0,
                kakaorm(
                                "init",
                                "--db",
                                "sqlite:" + work.resolve("app.db"),
                                "--models",
                                "io.kakaorm.cli.sample",
                                "--classpath",
                                cp)
                        .code());
        assertEquals(0, kakaorm("makemigrations", "--name", "initial").code());
        assertEquals(0, kakaorm("migrate").code());
        Path jar;
        try (var s = Files.list(Path.of("target"))) {
            jar = s.filter(p -> p.getFileName().toString().matches("kakaorm-cli-.*-all\\.jar"))
                    .findFirst()
                    .orElseThrow();
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        String cmd = java + " -XX:TieredStopAtLevel=1 -jar " + jar.toAbsolutePath()
                + " makemigrations --name rename_body --models io.kakaorm.cli.renamed";
        Process p = new ProcessBuilder("/usr/bin/script", "-qec", cmd, "/dev/null")
                .directory(work.toFile())
                .redirectErrorStream(true)
                .start();
        p.getOutputStream().write("y\n".getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().flush();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains("Did you rename kkmig_cli_note.body to kkmig_cli_note.content? [y/N]"), out);
        String file = Files.readString(work.resolve("migrations/0002_rename_body.sql"));
        assertTrue(file.contains("RENAME COLUMN \"body\" TO \"content\""), file);
    }

    /**
     * {@code migrate --direction down --steps 1} of an SQLite table rebuild keeps the rows of a child that
     * cascades from the rebuilt table (its foreign keys are turned off outside the transaction, as on the way up).
     */
    @Test
    void sqlite_downOfARebuild_keepsCascadingChildRows() throws Exception {
        String cp = Path.of("target/test-classes").toAbsolutePath().toString();
        Path file = work.resolve("app.db");
        assertEquals(
                0,
                kakaorm("init", "--db", "sqlite:" + file, "--models", "io.kakaorm.cli.rebuild1", "--classpath", cp)
                        .code());
        assertEquals(0, kakaorm("makemigrations", "--name", "initial").code());
        assertEquals(0, kakaorm("migrate").code());
        List<String> before = sqlite(
                file,
                "INSERT INTO kkcli_shelf (id, name) VALUES (1, 'a'), (2, 'b')",
                "INSERT INTO kkcli_book (id, shelf_id, title) VALUES (1, 1, 'x'), (2, 1, 'y'), (3, 2, 'z')");
        Result make = kakaorm("makemigrations", "--name", "rebuild", "--models", "io.kakaorm.cli.rebuild2");
        assertEquals(0, make.code(), make.out());
        String sql = Files.readString(work.resolve("migrations/0002_rebuild.sql"));
        assertTrue(sql.contains("_kakaorm_new_kkcli_shelf"), "a rebuild:\n" + sql);
        assertEquals(0, kakaorm("migrate").code());
        assertEquals(before, sqlite(file));
        Result down = kakaorm("migrate", "--direction", "down", "--steps", "1");
        assertEquals(0, down.code(), down.out());
        assertEquals(before, sqlite(file), "every shelf and book is still there after the down");
    }

    /** Runs {@code statements} on the SQLite file, then returns every shelf and book row as text. */
    private static List<String> sqlite(Path file, String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement st = c.createStatement()) {
            st.execute("PRAGMA foreign_keys = ON");
            for (String s : statements) {
                st.execute(s);
            }
            List<String> out = new ArrayList<>();
            for (String q : List.of(
                    "SELECT id, name FROM kkcli_shelf ORDER BY id",
                    "SELECT id, shelf_id, title FROM kkcli_book ORDER BY id")) {
                try (ResultSet rs = st.executeQuery(q)) {
                    while (rs.next()) {
                        out.add(rs.getString(1) + "|" + rs.getString(2)
                                + (q.contains("title") ? "|" + rs.getString(3) : ""));
                    }
                }
            }
            return out;
        }
    }

    @Test
    void sqlite_fullCycle() throws Exception {
        fullCycle("sqlite:" + work.resolve("app.db"));
    }

    @Test
    void postgres_fullCycle_lockTimeout_andMaskedPassword() throws Exception {
        String server = System.getenv("KAKAORM_PG_URL");
        if (server == null) {
            Assumptions.assumeTrue(
                    "1".equals(System.getenv("KAKAORM_REQUIRE_DBS")) ? fail() : false, "KAKAORM_PG_URL unset");
        }
        String schema = "kkmig_cli_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toLowerCase(Locale.ROOT);
        Vertx vertx = Vertx.vertx();
        Database admin = KakaORM.connect(vertx, Session.options(server))
                .toCompletionStage()
                .toCompletableFuture()
                .get();
        admin.execute("CREATE SCHEMA " + schema)
                .toCompletionStage()
                .toCompletableFuture()
                .get();
        try {
            // trust authentication ignores the password; it is here to check that it is never printed
            String url =
                    server.replaceFirst("://([^:@/]+)(:[^@]*)?@", "://$1:" + PASSWORD + "@") + "?search_path=" + schema;
            fullCycle(url);
            Result bad = kakaorm("showmigrations", "--db", url.replace("127.0.0.1", "127.0.0.1:1"));
            assertEquals(1, bad.code(), bad.out());
            Files.writeString(
                    work.resolve("migrations/0002_more.sql"),
                    "-- up\nCREATE TABLE kkmig_cli_more (id INTEGER PRIMARY KEY);\n");
            Promise<Void> release = Promise.promise();
            Promise<Void> held = Promise.promise();
            Database locker = KakaORM.connect(vertx, Session.options(url))
                    .toCompletionStage()
                    .toCompletableFuture()
                    .get();
            locker.transaction(tx -> tx.fetch(
                            "SELECT pg_advisory_xact_lock(hashtext('kakaorm_migrations'), hashtext(current_schema()))")
                    .compose(v -> {
                        held.complete();
                        return release.future();
                    }));
            held.future().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
            Result locked = kakaorm("migrate", "--lock-timeout", "1");
            release.complete();
            assertEquals(3, locked.code(), locked.out());
            assertTrue(locked.out().contains("--lock-timeout"), locked.out());
            assertEquals(0, kakaorm("migrate").code());
            locker.disconnect();
        } finally {
            admin.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE")
                    .toCompletionStage()
                    .toCompletableFuture()
                    .get();
            admin.disconnect().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            vertx.close();
        }
    }

    private static boolean fail() {
        throw new AssertionError("KAKAORM_PG_URL is unset (KAKAORM_REQUIRE_DBS=1)");
    }
}
