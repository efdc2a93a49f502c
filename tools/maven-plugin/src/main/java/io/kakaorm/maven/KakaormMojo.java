package io.kakaorm.maven;

import io.kakaorm.KakaOrmException;
import io.kakaorm.migration.MigrationCommands;
import io.kakaorm.migration.MigrationException;
import io.kakaorm.migration.MigrationSettingsException;
import java.io.File;
import java.time.Duration;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What the goals share: the database URL (the {@code url} setting, the {@code kakaorm.url} property, or the
 * environment variable {@code KAKAORM_DATABASE_URL}, so no password needs to sit in the pom), the
 * migrations directory (used through the connected database's folder when it has per-dialect folders), the
 * models package, and the project's compiled classes. Each goal runs one {@link MigrationCommands} command,
 * the code the {@code kakaorm} CLI runs; a wrong setting fails the goal with a {@link MojoExecutionException},
 * a failed command with a {@link MojoFailureException} carrying its message.
 */
abstract class KakaormMojo extends AbstractMojo {
    /** The database URL; never printed with its password. */
    @Parameter(property = "kakaorm.url")
    String url;

    /** The migrations directory. */
    @Parameter(property = "kakaorm.migrations", defaultValue = "${project.basedir}/migrations")
    File migrations;

    /** The package whose Model classes are the schema. */
    @Parameter(property = "kakaorm.models")
    String models;

    /** Seconds to wait for another migrator's lock. */
    @Parameter(property = "kakaorm.lockTimeout", defaultValue = "60")
    long lockTimeout;

    @Parameter(defaultValue = "${project.compileClasspathElements}", readonly = true, required = true)
    List<String> classpath;

    /** The project's compiled classes, where the models are. */
    @Parameter(defaultValue = "${project.build.outputDirectory}", readonly = true, required = true)
    File classes;

    /** The goal's name, as in {@code kakaorm:<goal>}. */
    abstract String goal();

    /** Runs the goal's command. */
    abstract void run(MigrationCommands commands) throws MojoFailureException;

    /** Whether the goal reads the models (and so needs the compiled classes). */
    boolean needsModels() {
        return false;
    }

    /** The Model classes of {@link #models} on the project's compile class path. */
    List<Class<?>> modelClasses() {
        return MigrationCommands.scanModels(String.join(File.pathSeparator, classpath), models);
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        String db = url != null && !url.isBlank() ? url : System.getenv("KAKAORM_DATABASE_URL");
        if (db == null || db.isBlank()) {
            throw new MojoExecutionException("No database URL: set <url> in the plugin configuration, the kakaorm.url"
                    + " property, or the KAKAORM_DATABASE_URL environment variable");
        }
        if (needsModels() && !classes.isDirectory()) {
            throw new MojoExecutionException("No compiled classes in " + classes + ": run mvn compile first"
                    + " (e.g. mvn compile kakaorm:" + goal() + ")");
        }
        try (MigrationCommands commands =
                MigrationCommands.open(db, migrations.toPath(), Duration.ofSeconds(lockTimeout))) {
            run(commands);
        } catch (MigrationSettingsException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        } catch (MigrationException e) {
            getLog().error(e.getMessage());
            throw new MojoFailureException(
                    "kakaorm " + goal() + " failed ("
                            + switch (e.kind()) {
                                case CHECKSUM -> "checksum mismatch";
                                case VALIDATION -> "validation failure";
                                case LOCK -> "lock timeout";
                                case FAILED -> "a statement failed";
                            }
                            + "): " + e.getMessage(),
                    e);
        } catch (KakaOrmException e) {
            throw new MojoFailureException("kakaorm " + goal() + " failed: " + e.getMessage(), e);
        }
    }
}
