package io.kakaorm.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code kakaorm validate}: checksums and history against the directory; exit code 2 on a problem. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = "Check applied migrations against their files (checksums, missing files, failed runs).")
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    CommonOptions options;

    @Override
    public Integer call() {
        try (Session s = new Session(options)) {
            s.commands.validate();
            System.out.println(Terminal.color("green", "Valid") + ": every applied migration matches its file");
            return 0;
        }
    }
}
