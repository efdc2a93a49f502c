package io.kakaorm;

/**
 * The base of every exception KakaORM throws or fails a {@code Future} with. It is unchecked; catch a
 * specific subclass to react to one kind of failure.
 */
public abstract class KakaOrmException extends RuntimeException {
    protected KakaOrmException(String message) {
        super(message);
    }

    protected KakaOrmException(String message, Throwable cause) {
        super(message, cause);
    }
}
