package io.kakaorm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * makemigrations without a terminal (as in CI and the Maven plugin): removed fields and rename candidates are
 * reported, --allow-drop and --rename act on them, --check exits 1 on any difference; usage errors exit 64;
 * init updates an existing config with the options given. In process, on an SQLite file.
 */
class MakeMigrationsCheckTest {
    @TempDir
    Path work;

    record Result(int code, String out) {}

    private Result kakaorm(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--config", work.resolve("kakaorm.properties").toString()));
        if (!all.contains("--dir")) {
            all.addAll(List.of("--dir", work.resolve("migrations").toString()));
        }
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(buf, true, StandardCharsets.UTF_8);
        System.setOut(capture);
        System.setErr(capture);
        try {
            return new Result(Main.run(all.toArray(String[]::new)), buf.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    private void initialSchema() {
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
        Result same = kakaorm("makemigrations", "--check");
        assertEquals(0, same.code(), same.out());
        assertTrue(same.out().contains("The database matches the models."), same.out());
    }

    @Test
    void removedField_isReported_notNoChanges_andDroppedOnlyWithAllowDrop() throws Exception {
        initialSchema();
        Result make = kakaorm("makemigrations", "--name", "drop_body", "--models", "io.kakaorm.cli.dropped");
        assertEquals(0, make.code(), make.out());
        assertFalse(make.out().contains("No changes"), make.out());
        assertTrue(
                make.out().contains("kkmig_cli_note.body is not in the models: not dropped; use --allow-drop"),
                make.out());
        assertFalse(Files.exists(work.resolve("migrations/0002_drop_body.sql")));

        Result check = kakaorm("makemigrations", "--check", "--models", "io.kakaorm.cli.dropped");
        assertEquals(1, check.code(), check.out());
        assertTrue(check.out().contains("kkmig_cli_note.body is not in the models"), check.out());

        Result drop =
                kakaorm("makemigrations", "--name", "drop_body", "--allow-drop", "--models", "io.kakaorm.cli.dropped");
        assertEquals(0, drop.code(), drop.out());
        String sql = Files.readString(work.resolve("migrations/0002_drop_body.sql"));
        assertTrue(sql.contains("DROP COLUMN \"body\""), sql);
        assertTrue(sql.endsWith("\n"), "a generated file ends with a newline");
        assertEquals(0, kakaorm("migrate").code());
        assertEquals(
                0,
                kakaorm("makemigrations", "--check", "--models", "io.kakaorm.cli.dropped")
                        .code());
    }

    @Test
    void renameCandidate_isPrinted_countsUnderCheck_andRenameResolvesIt() throws Exception {
        initialSchema();
        Result check = kakaorm("makemigrations", "--check", "--models", "io.kakaorm.cli.renamed");
        assertEquals(1, check.code(), check.out());
        assertTrue(
                check.out()
                        .contains("Did you rename kkmig_cli_note.body to kkmig_cli_note.content? If so, pass"
                                + " --rename kkmig_cli_note.body=content"),
                check.out());

        Result resolved = kakaorm(
                "makemigrations",
                "--check",
                "--models",
                "io.kakaorm.cli.renamed",
                "--rename",
                "kkmig_cli_note.body=content");
        assertEquals(1, resolved.code(), "the rename itself is still to be planned: " + resolved.out());
        assertFalse(resolved.out().contains("Did you rename"), resolved.out());

        Result make = kakaorm(
                "makemigrations",
                "--name",
                "rename_body",
                "--models",
                "io.kakaorm.cli.renamed",
                "--rename",
                "kkmig_cli_note.body=content");
        assertEquals(0, make.code(), make.out());
        String sql = Files.readString(work.resolve("migrations/0002_rename_body.sql"));
        assertTrue(sql.contains("RENAME COLUMN \"body\" TO \"content\""), sql);
        assertEquals(0, kakaorm("migrate").code());
        assertEquals(
                0,
                kakaorm("makemigrations", "--check", "--models", "io.kakaorm.cli.renamed")
                        .code());
    }

    @Test
    void usageErrors_exit64() {
        assertEquals(64, kakaorm("migrate", "--no-such-option").code());
        assertEquals(64, kakaorm("makemigrations").code(), "no --name and no --check");
        assertEquals(
                64, kakaorm("makemigrations", "--check", "--rename", "nonsense").code());
        assertEquals(64, kakaorm("showmigrations").code(), "no database URL");
    }

    @Test
    void init_withAnExistingConfig_updatesItWithTheOptionsGiven() throws Exception {
        Path config = work.resolve("kakaorm.properties");
        assertEquals(
                0, kakaorm("init", "--db", "sqlite:" + work.resolve("a.db")).code());
        Result again = kakaorm("init");
        assertTrue(again.out().contains("left as it is"), again.out());
        Result update = kakaorm("init", "--db", "sqlite:" + work.resolve("b.db"));
        assertEquals(0, update.code(), update.out());
        assertTrue(update.out().contains("Updated"), update.out());
        String text = Files.readString(config);
        assertTrue(text.contains("b.db") && !text.contains("a.db"), text);
        assertTrue(text.endsWith("\n"), "the config file ends with a newline");
    }
}
