package io.kakaorm.cli;

import io.kakaorm.migration.MigrationException;
import picocli.CommandLine;

/** Prints a failure without a stack trace and maps it to the exit code. */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
    static final int ERROR = 1;
    static final int VALIDATION = 2;
    static final int LOCK = 3;
    /** A usage error (EX_USAGE of sysexits.h): a wrong option, a missing setting. */
    static final int USAGE = 64;

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        Throwable e = ex;
        while (e.getCause() != null && !(e instanceof MigrationException) && !(e instanceof CliException)
                && (e instanceof java.util.concurrent.CompletionException || e instanceof java.util.concurrent.ExecutionException)) {
            e = e.getCause();
        }
        String msg = Urls.masked(e.getMessage() == null ? e.toString() : e.getMessage());
        cl.getErr().println(Terminal.color("red", "error: ") + msg);
        if (e instanceof CliException) {
            return USAGE;
        }
        if (e instanceof MigrationException m) {
            return switch (m.kind()) {
                case CHECKSUM, VALIDATION -> VALIDATION;
                case LOCK -> LOCK;
                case FAILED -> ERROR;
            };
        }
        return ERROR;
    }
}
