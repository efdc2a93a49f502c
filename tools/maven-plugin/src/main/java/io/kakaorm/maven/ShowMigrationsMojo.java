package io.kakaorm.maven;

import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;

/** {@code kakaorm:showmigrations}: version, name, applied at and state of every migration. */
@Mojo(name = "showmigrations", threadSafe = true)
public class ShowMigrationsMojo extends KakaormMojo {
    @Override
    List<String> command() {
        return List.of("showmigrations");
    }
}
