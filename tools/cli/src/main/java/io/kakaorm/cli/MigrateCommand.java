package io.kakaorm.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kakaorm migrate [--direction down --steps N] [--dry-run]}, on the connected database's folder. */
@Command(
        name = "migrate",
        mixinStandardHelpOptions = true,
        description = "Apply the pending migrations, or roll back the latest ones with --direction down.")
final class MigrateCommand implements Callable<Integer> {
    enum Direction {
        up,
        down
    }

    @Mixin
    CommonOptions options;

    @Option(names = "--direction", defaultValue = "up", description = "up (default) or down.")
    Direction direction;

    @Option(
            names = "--steps",
            defaultValue = "1",
            description = "With --direction down: how many to roll back (default: ${DEFAULT-VALUE}).")
    int steps;

    @Option(names = "--dry-run", description = "Print the SQL of the pending migrations without running it.")
    boolean dryRun;

    @Override
    public Integer call() {
        if (direction == Direction.down && steps < 1) {
            throw new CliException("--steps must be at least 1");
        }
        if (direction == Direction.down && dryRun) {
            throw new CliException("--dry-run applies to --direction up only");
        }
        try (Session s = new Session(options)) {
            if (dryRun) {
                s.commands.pendingSql().forEach(System.out::println);
                return 0;
            }
            if (direction == Direction.down) {
                int n = s.commands.rollback(steps);
                System.out.println("Rolled back " + n + " migration" + (n == 1 ? "" : "s"));
                return 0;
            }
            int n = s.commands.migrate();
            System.out.println(
                    n == 0
                            ? "Nothing to migrate"
                            : Terminal.color("green", "Applied " + n + " migration" + (n == 1 ? "" : "s")));
            return 0;
        }
    }
}
