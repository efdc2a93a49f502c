package io.kakaorm;

/**
 * The parameters of a raw SQL statement do not fit it: a count that differs from the statement's
 * {@code ?} placeholders, or a value of a type no database column takes. Raised before any SQL is sent.
 */
public final class ParameterException extends KakaOrmException {
    public ParameterException(String message) {
        super(message);
    }
}
