package io.kakaorm.maven;

import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;

/** {@code kakaorm:validate}: fails the build when an applied migration's file changed or is missing. */
@Mojo(name = "validate", threadSafe = true)
public class ValidateMojo extends KakaormMojo {
    @Override
    List<String> command() {
        return List.of("validate");
    }
}
