package io.kakaorm.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code kakaorm repair}: re-records changed checksums and clears failed history rows, on purpose. */
@Command(
        name = "repair",
        mixinStandardHelpOptions = true,
        description =
                "Re-record the checksums of changed files and delete failed history rows (after fixing the schema by hand).")
final class RepairCommand implements Callable<Integer> {
    @Mixin
    CommonOptions options;

    @Override
    public Integer call() {
        try (Session s = new Session(options)) {
            int n = s.commands.repair();
            System.out.println("Repaired " + n + " history row" + (n == 1 ? "" : "s"));
            return 0;
        }
    }
}
