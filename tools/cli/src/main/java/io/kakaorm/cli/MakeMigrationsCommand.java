package io.kakaorm.cli;

import io.kakaorm.migration.Migrator;
import io.kakaorm.migration.RenameCandidate;
import io.kakaorm.migration.schema.Renames;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kakaorm makemigrations --name add_bio}: writes the model-vs-database diff as the next file. */
@Command(name = "makemigrations", mixinStandardHelpOptions = true,
        description = "Write the difference between the models and the database as the next migration file.")
final class MakeMigrationsCommand implements Callable<Integer> {
    @Mixin
    CommonOptions options;

    @Option(names = "--name", required = true, paramLabel = "NAME", description = "The file's name part, e.g. add_bio.")
    String name;

    @Option(names = "--rename", paramLabel = "TABLE.OLD=NEW", description = "A column rename (or OLD=NEW for a table), instead of a drop and an add.")
    List<String> renames = List.of();

    @Override
    public Integer call() {
        try (Session s = new Session(options)) {
            List<Class<?>> models = ModelScanner.scan(s.config.classpath(), s.config.models());
            Renames hints = Renames.none();
            for (String r : renames) {
                hints = hint(hints, r);
            }
            if (Terminal.interactive()) {
                for (RenameCandidate c : Session.await(new Migrator(s.db).withRenames(hints).renameCandidates(models))) {
                    if (Terminal.ask(c.question())) {
                        hints = c.table() == null ? hints.table(c.from(), c.to()) : hints.column(c.table(), c.from(), c.to());
                    }
                }
            }
            Optional<Path> file = Session.await(s.migrator().withRenames(hints).autogenerate(models, s.dir(), name));
            if (file.isEmpty()) {
                System.out.println("No changes: the database matches the models.");
            } else {
                System.out.println("Created " + Terminal.color("green", file.get().toString()));
            }
            return 0;
        }
    }

    private static Renames hint(Renames h, String spec) {
        int eq = spec.indexOf('=');
        if (eq < 0) {
            throw new CliException("--rename takes TABLE.OLD=NEW or OLD=NEW, not " + spec);
        }
        String left = spec.substring(0, eq);
        String to = spec.substring(eq + 1);
        int dot = left.indexOf('.');
        return dot < 0 ? h.table(left, to) : h.column(left.substring(0, dot), left.substring(dot + 1), to);
    }
}
