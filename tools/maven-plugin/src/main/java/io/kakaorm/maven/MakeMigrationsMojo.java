package io.kakaorm.maven;

import io.kakaorm.migration.MigrationCommands;
import io.kakaorm.migration.RenameCandidate;
import io.kakaorm.migration.SchemaCheck;
import io.kakaorm.migration.Undropped;
import io.kakaorm.migration.schema.Renames;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code kakaorm:makemigrations -Dkakaorm.name=add_bio}: writes the model-vs-database diff as the next file;
 * with {@code -Dkakaorm.check=true} only compares and fails the build when they differ (for CI); with
 * {@code dialects}, one file per kind of database into per-dialect folders (as {@code --dialects}).
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

    /** Kinds of database to write a file for ({@code sqlite,postgresql,mysql}), each into its folder. */
    @Parameter(property = "kakaorm.dialects")
    List<String> dialects;

    /** With {@code dialects}: scratch PostgreSQL/MariaDB server URLs for the kinds other than the connected one. */
    @Parameter(property = "kakaorm.shadowDbs")
    List<String> shadowDbs;

    @Override
    String goal() {
        return "makemigrations";
    }

    @Override
    boolean needsModels() {
        return true;
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (!check && (name == null || name.isBlank())) {
            throw new MojoExecutionException(
                    "makemigrations needs -Dkakaorm.name=NAME (or -Dkakaorm.check=true to only compare)");
        }
        super.execute();
    }

    @Override
    void run(MigrationCommands commands) throws MojoFailureException {
        Renames hints = Renames.none();
        for (String r : renames == null ? List.<String>of() : renames) {
            try {
                hints = hints.hint(r.trim());
            } catch (IllegalArgumentException e) {
                throw new MojoFailureException("renames: " + e.getMessage());
            }
        }
        List<Class<?>> classes = modelClasses();
        SchemaCheck diff = commands.check(classes, hints, allowDrop);
        for (RenameCandidate c : diff.renameCandidates()) {
            getLog().warn(c.question() + " If so, add " + c.hint() + " to renames (-Dkakaorm.renames=" + c.hint()
                    + "); otherwise the old one's data stays behind (or is dropped with allowDrop).");
        }
        for (Undropped u : diff.undropped()) {
            getLog().warn(u.message() + "; set allowDrop (-Dkakaorm.allowDrop=true) to drop it.");
        }
        if (check) {
            if (diff.matches()) {
                getLog().info("The database matches the models.");
                return;
            }
            diff.differences().forEach(d -> getLog().error("  " + d));
            throw new MojoFailureException("kakaorm makemigrations failed (the database differs from the models)");
        }
        List<Path> files = commands.makeMigrations(
                classes,
                name,
                hints,
                allowDrop,
                dialects == null ? List.of() : dialects,
                shadowDbs == null ? new ArrayList<>() : shadowDbs);
        files.forEach(f -> getLog().info("Created " + f));
        if (files.isEmpty()) {
            getLog().info(
                            diff.matches()
                                    ? "No changes: the database matches the models."
                                    : "No migration written: nothing to plan, but the differences above remain.");
        }
    }
}
