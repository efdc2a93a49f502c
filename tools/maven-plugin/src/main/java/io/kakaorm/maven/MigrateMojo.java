package io.kakaorm.maven;

import io.kakaorm.migration.MigrationCommands;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code kakaorm:migrate}: applies pending migrations (or rolls back with {@code -Dkakaorm.direction=down}). */
@Mojo(name = "migrate", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public class MigrateMojo extends KakaormMojo {
    /** {@code up} or {@code down}. */
    @Parameter(property = "kakaorm.direction", defaultValue = "up")
    String direction;

    /** With {@code down}: how many. */
    @Parameter(property = "kakaorm.steps", defaultValue = "1")
    int steps;

    /** Print the SQL instead of running it. */
    @Parameter(property = "kakaorm.dryRun", defaultValue = "false")
    boolean dryRun;

    @Override
    String goal() {
        return "migrate";
    }

    @Override
    void run(MigrationCommands commands) throws MojoFailureException {
        boolean down = switch (direction) {
            case "up" -> false;
            case "down" -> true;
            default -> throw new MojoFailureException("direction must be up or down, not '" + direction + "'");
        };
        if (down && dryRun) {
            throw new MojoFailureException("dryRun applies to direction up only");
        }
        if (dryRun) {
            commands.pendingSql().forEach(s -> getLog().info(s));
            return;
        }
        if (down) {
            int n = commands.rollback(steps);
            getLog().info("Rolled back " + n + " migration" + (n == 1 ? "" : "s"));
            return;
        }
        int n = commands.migrate();
        getLog().info(n == 0 ? "Nothing to migrate" : "Applied " + n + " migration" + (n == 1 ? "" : "s"));
    }
}
