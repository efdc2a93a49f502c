package io.kakaorm.cli;

import io.kakaorm.migration.MigrationCommands;
import picocli.CommandLine;

/** Prints a failure without a stack trace and maps it to the exit code ({@link MigrationCommands#exitCode}). */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
    static final int ERROR = MigrationCommands.ERROR;
    static final int VALIDATION = MigrationCommands.VALIDATION;
    static final int LOCK = MigrationCommands.LOCK;
    /** A usage error (EX_USAGE of sysexits.h): a wrong option, a missing setting. */
    static final int USAGE = MigrationCommands.USAGE;

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        Throwable e = MigrationCommands.cause(ex);
        String msg = Urls.masked(e.getMessage() == null ? e.toString() : e.getMessage());
        cl.getErr().println(Terminal.color("red", "error: ") + msg);
        if (e instanceof CliException) {
            return USAGE;
        }
        return MigrationCommands.exitCode(e);
    }
}
