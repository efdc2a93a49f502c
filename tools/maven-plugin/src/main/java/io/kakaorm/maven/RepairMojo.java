package io.kakaorm.maven;

import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * {@code kakaorm:repair}: re-records the checksums of applied files that changed and deletes failed history
 * rows, on purpose (what the checksum error asks for).
 */
@Mojo(name = "repair", threadSafe = true)
public class RepairMojo extends KakaormMojo {
    @Override
    List<String> command() {
        return List.of("repair");
    }
}
