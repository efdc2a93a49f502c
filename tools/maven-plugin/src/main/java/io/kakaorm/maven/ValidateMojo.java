package io.kakaorm.maven;

import io.kakaorm.migration.MigrationCommands;
import org.apache.maven.plugins.annotations.Mojo;

/** {@code kakaorm:validate}: checksums and history against the migrations; fails the build on a problem. */
@Mojo(name = "validate", threadSafe = true)
public class ValidateMojo extends KakaormMojo {
    @Override
    String goal() {
        return "validate";
    }

    @Override
    void run(MigrationCommands commands) {
        commands.validate();
        getLog().info("Valid: every applied migration matches its file");
    }
}
