package io.kakaorm.maven;

import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code kakaorm:makemigrations -Dkakaorm.name=add_bio}: writes the model-vs-database diff as the next file. */
@Mojo(name = "makemigrations", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public class MakeMigrationsMojo extends KakaormMojo {
    /** The new file's name part. */
    @Parameter(property = "kakaorm.name", required = true)
    String name;

    @Override
    List<String> command() {
        return List.of("makemigrations", "--name", name);
    }
}
