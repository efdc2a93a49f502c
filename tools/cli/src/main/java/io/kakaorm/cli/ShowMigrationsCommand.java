package io.kakaorm.cli;

import io.kakaorm.migration.MigrationStatus;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code kakaorm showmigrations}: a table of version, name, applied at and state. */
@Command(
        name = "showmigrations",
        mixinStandardHelpOptions = true,
        description = "Show every migration: version, name, when it was applied, and its state.")
final class ShowMigrationsCommand implements Callable<Integer> {
    @Mixin
    CommonOptions options;

    @Override
    public Integer call() {
        try (Session s = new Session(options)) {
            List<MigrationStatus> rows = s.commands.status();
            System.out.println("Database: " + Urls.masked(s.config.url()));
            String fmt = "%-8s %-32s %-25s %s%n";
            System.out.printf(fmt, "VERSION", "NAME", "APPLIED AT", "STATE");
            for (MigrationStatus r : rows) {
                String state = r.state().name().toLowerCase();
                String colour = switch (r.state()) {
                    case APPLIED -> "green";
                    case PENDING -> "yellow";
                    default -> "red";
                };
                System.out.printf(
                        fmt,
                        String.format("%04d", r.version()),
                        r.name(),
                        r.appliedAt() == null
                                ? "-"
                                : r.appliedAt().truncatedTo(ChronoUnit.SECONDS).toString(),
                        Terminal.color(colour, state));
            }
            if (rows.isEmpty()) {
                System.out.println("(no migrations in " + s.commands.folder() + ")");
            }
            return 0;
        }
    }
}
