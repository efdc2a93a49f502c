package io.kakaorm.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code kakaorm:makemigrations -Dkakaorm.name=add_bio}: writes the model-vs-database diff as the next file;
 * with {@code -Dkakaorm.check=true} only compares and fails the build when they differ (for CI).
 */
@Mojo(name = "makemigrations", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public class MakeMigrationsMojo extends KakaormMojo {
    /** The new file's name part (required unless {@code check}). */
    @Parameter(property = "kakaorm.name")
    String name;

    /** Drop tables and columns the models no longer have (their data is lost). */
    @Parameter(property = "kakaorm.allowDrop", defaultValue = "false")
    boolean allowDrop;

    /** Renames instead of a drop and an add: {@code table.old=new} for a column, {@code old=new} for a table. */
    @Parameter(property = "kakaorm.renames")
    List<String> renames;

    /** Write nothing; fail the build when the database and the models differ. */
    @Parameter(property = "kakaorm.check", defaultValue = "false")
    boolean check;

    @Override
    List<String> command() {
        List<String> c = new ArrayList<>(List.of("makemigrations"));
        if (name != null) {
            c.addAll(List.of("--name", name));
        }
        if (allowDrop) {
            c.add("--allow-drop");
        }
        if (check) {
            c.add("--check");
        }
        if (renames != null) {
            for (String r : renames) {
                c.addAll(List.of("--rename", r.trim()));
            }
        }
        return c;
    }

    @Override
    boolean needsModels() {
        return true;
    }

    @Override
    String failureOfOne() {
        return check ? "the database differs from the models" : "error";
    }
}
