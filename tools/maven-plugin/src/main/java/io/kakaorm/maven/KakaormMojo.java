package io.kakaorm.maven;

import io.kakaorm.cli.Main;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What the goals share: the database URL (the {@code url} setting, the {@code kakaorm.url} property, or the
 * environment variable {@code KAKAORM_DATABASE_URL}, so no password needs to sit in the pom), the
 * migrations directory, the models package, and the project's compiled classes. Each goal runs the
 * matching {@code kakaorm} command.
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

    /** The command and its own options. */
    abstract List<String> command();

    /** Whether the goal reads the models (and so needs the compiled classes). */
    boolean needsModels() {
        return false;
    }

    /** What exit code 1 means for this goal. */
    String failureOfOne() {
        return "error";
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        String db = url != null && !url.isBlank() ? url : System.getenv("KAKAORM_DATABASE_URL");
        if (db == null || db.isBlank()) {
            throw new MojoExecutionException("No database URL: set <url> in the plugin configuration, the kakaorm.url"
                    + " property, or the KAKAORM_DATABASE_URL environment variable");
        }
        if (models != null && needsModels() && !classes.isDirectory()) {
            throw new MojoExecutionException("No compiled classes in " + classes + ": run mvn compile first"
                    + " (e.g. mvn compile kakaorm:" + command().get(0) + ")");
        }
        List<String> args = new ArrayList<>(command());
        args.addAll(List.of("--db", db, "--dir", migrations.getPath(), "--lock-timeout", String.valueOf(lockTimeout),
                "--config", new File(migrations.getParentFile(), "kakaorm.properties").getPath()));
        if (models != null) {
            args.addAll(List.of("--models", models, "--classpath", String.join(File.pathSeparator, classpath)));
        }
        int code = Main.run(args.toArray(String[]::new));
        if (code != 0) {
            String why = switch (code) {
                case 2 -> "checksum or validation failure";
                case 3 -> "lock timeout";
                case 64 -> "usage error";
                default -> failureOfOne();
            };
            throw new MojoFailureException("kakaorm " + command().get(0) + " failed (" + why + ", exit code " + code + ")");
        }
    }
}
