package io.kakaorm.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code kakaorm init}: creates the migrations directory and the config file, or updates the file with the options given. */
@Command(
        name = "init",
        mixinStandardHelpOptions = true,
        description = "Create the migrations directory and " + Config.FILE + " (database URL, models package).")
final class InitCommand implements Callable<Integer> {
    @Mixin
    CommonOptions options;

    @Override
    public Integer call() throws Exception {
        Config c = options.explicit(); // never the environment's URL: it stays out of the file
        Path dir = Path.of(c.migrations());
        Files.createDirectories(dir);
        if (Files.exists(options.config) && c.equals(Config.load(options.config))) {
            System.out.println(
                    options.config + " exists; left as it is (pass --db, --models, --classpath or --dir to change it)");
        } else {
            boolean existed = Files.exists(options.config);
            c.save(options.config);
            System.out.println((existed ? "Updated " : "Wrote ")
                    + options.config
                    + (c.url() == null ? "" : " (url " + Urls.masked(c.url()) + ")"));
        }
        System.out.println("Migrations go in " + dir + "/");
        return 0;
    }
}
