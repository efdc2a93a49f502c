package io.kakaorm.cli;

import io.kakaorm.migration.RenameCandidate;
import io.kakaorm.migration.SchemaCheck;
import io.kakaorm.migration.Undropped;
import io.kakaorm.migration.schema.Renames;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code kakaorm makemigrations --name add_bio}: writes the model-vs-database diff as the next file, and says
 * what it leaves out (undropped columns, unconfirmed renames); {@code --check} only compares (exit 1 on a
 * difference).
 */
@Command(
        name = "makemigrations",
        mixinStandardHelpOptions = true,
        description = "Write the difference between the models and the database as the next migration file.")
final class MakeMigrationsCommand implements Callable<Integer> {
    @Mixin
    CommonOptions options;

    @Option(
            names = "--name",
            paramLabel = "NAME",
            description = "The file's name part, e.g. add_bio (required unless --check).")
    String name;

    @Option(
            names = "--rename",
            paramLabel = "TABLE.OLD=NEW",
            description = "A column rename (or OLD=NEW for a table), instead of a drop and an add.")
    List<String> renames = List.of();

    @Option(
            names = "--allow-drop",
            description = "Drop tables and columns the models no longer have (their data is lost).")
    boolean allowDrop;

    @Option(names = "--check", description = "Write nothing; exit 1 when the database and the models differ (for CI).")
    boolean check;

    @Option(
            names = "--dialects",
            paramLabel = "KIND,KIND",
            split = ",",
            description = "Write one file per kind of database"
                    + " (sqlite, postgresql, mysql) into DIR/sqlite, DIR/postgres, DIR/mysql, with one version number.")
    List<String> dialects = List.of();

    @Option(
            names = "--shadow-db",
            paramLabel = "URL",
            description = "With --dialects: a scratch PostgreSQL or MariaDB/MySQL"
                    + " server database per server kind that is not the connected one; a schema/database is created in it,"
                    + " the kind's folder replayed into it, and dropped afterwards.")
    List<String> shadowDbs = List.of();

    @Override
    public Integer call() {
        if (!check && (name == null || name.isBlank())) {
            throw new CliException("makemigrations needs --name NAME (or --check to only compare)");
        }
        Renames hints = Renames.none();
        for (String r : renames) {
            try {
                hints = hints.hint(r);
            } catch (IllegalArgumentException e) {
                throw new CliException("--rename: " + e.getMessage());
            }
        }
        try (Session s = new Session(options)) {
            List<Class<?>> models = s.models();
            if (Terminal.interactive() && !check) {
                for (RenameCandidate c : s.commands.renameCandidates(models, hints)) {
                    if (Terminal.ask(c.question())) {
                        hints = hints.hint(c.hint());
                    }
                }
            }
            SchemaCheck diff = s.commands.check(models, hints, allowDrop);
            warn(diff);
            if (check) {
                if (diff.matches()) {
                    System.out.println("The database matches the models.");
                    return 0;
                }
                System.out.println("The database differs from the models:");
                diff.differences().forEach(d -> System.out.println("  " + d));
                return ErrorHandler.ERROR;
            }
            List<Path> files = s.commands.makeMigrations(models, name, hints, allowDrop, dialects, shadowDbs);
            for (Path file : files) {
                System.out.println("Created " + Terminal.color("green", file.toString()));
            }
            if (files.isEmpty()) {
                System.out.println(
                        diff.matches()
                                ? "No changes: the database matches the models."
                                : "No migration written: nothing to plan, but the differences above remain.");
            }
            return 0;
        }
    }

    /** Says on stderr what the file will not do: renames nobody confirmed, tables and columns left in place. */
    private static void warn(SchemaCheck diff) {
        for (RenameCandidate c : diff.renameCandidates()) {
            System.err.println(Terminal.color("yellow", "warning: ") + c.question() + " If so, pass --rename "
                    + c.hint() + "; otherwise the old one's data stays behind (or is dropped with --allow-drop).");
        }
        for (Undropped u : diff.undropped()) {
            System.err.println(Terminal.color("yellow", "warning: ") + u.message() + "; use --allow-drop to drop it.");
        }
    }
}
