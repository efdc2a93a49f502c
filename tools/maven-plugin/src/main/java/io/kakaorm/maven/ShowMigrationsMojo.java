package io.kakaorm.maven;

import io.kakaorm.migration.MigrationCommands;
import io.kakaorm.migration.MigrationStatus;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;

/** {@code kakaorm:showmigrations}: version, name, applied at and state of every migration. */
@Mojo(name = "showmigrations", threadSafe = true)
public class ShowMigrationsMojo extends KakaormMojo {
    @Override
    String goal() {
        return "showmigrations";
    }

    @Override
    void run(MigrationCommands commands) {
        List<MigrationStatus> rows = commands.status();
        String fmt = "%-8s %-32s %-25s %s";
        getLog().info(String.format(fmt, "VERSION", "NAME", "APPLIED AT", "STATE"));
        for (MigrationStatus r : rows) {
            getLog().info(String.format(
                    fmt,
                    String.format("%04d", r.version()),
                    r.name(),
                    r.appliedAt() == null
                            ? "-"
                            : r.appliedAt().truncatedTo(ChronoUnit.SECONDS).toString(),
                    r.state().name().toLowerCase()));
        }
        if (rows.isEmpty()) {
            getLog().info("(no migrations in " + commands.folder() + ")");
        }
    }
}
