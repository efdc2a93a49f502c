package io.kakaorm.maven;

import java.util.ArrayList;
import java.util.List;
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
    List<String> command() {
        List<String> c = new ArrayList<>(List.of("migrate", "--direction", direction, "--steps", String.valueOf(steps)));
        if (dryRun) {
            c.add("--dry-run");
        }
        return c;
    }
}
