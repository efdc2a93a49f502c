package io.kakaorm.cli;

/** A usage or configuration problem, reported without a stack trace (exit code 64, EX_USAGE). */
final class CliException extends RuntimeException {
    CliException(String message) {
        super(message);
    }
}
