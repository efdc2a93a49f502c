package io.kakaorm.cli;

import picocli.CommandLine;

/** Entry point of the {@code kakaorm} command. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        int code = run(args);
        System.out.flush();
        System.err.flush();
        // Vert.x threads are not daemons; the work is done, so end the process here
        Runtime.getRuntime().halt(code);
    }

    /** A wrong option or argument exits with 64 (EX_USAGE), on every subcommand, not picocli's 2 (which means validation here). */
    private static void usageExitCode(CommandLine cl) {
        cl.getCommandSpec().exitCodeOnInvalidInput(ErrorHandler.USAGE);
        cl.getSubcommands().values().forEach(Main::usageExitCode);
    }

    /**
     * Runs the command line and returns its exit code: 0 ok, 1 error (or differences under makemigrations
     * --check), 2 checksum/validation, 3 lock timeout, 64 usage error.
     */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new KakaormCommand());
        cl.setExecutionExceptionHandler(new ErrorHandler());
        usageExitCode(cl);
        cl.setColorScheme(CommandLine.Help.defaultColorScheme(Terminal.ansi()));
        return cl.execute(args);
    }
}
