package io.kakaorm.maven;

import io.kakaorm.migration.MigrationCommands;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * {@code kakaorm:repair}: re-records the checksums of applied files that changed and deletes failed history
 * rows, on purpose (what the checksum error asks for).
 */
@Mojo(name = "repair", threadSafe = true)
public class RepairMojo extends KakaormMojo {
    @Override
    String goal() {
        return "repair";
    }

    @Override
    void run(MigrationCommands commands) {
        int n = commands.repair();
        getLog().info("Repaired " + n + " history row" + (n == 1 ? "" : "s"));
    }
}
