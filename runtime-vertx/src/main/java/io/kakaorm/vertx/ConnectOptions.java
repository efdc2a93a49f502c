package io.kakaorm.vertx;

/**
 * How to reach a database: parsed from a URL by {@link #parse(String)} or built in code.
 * (Skeleton: completed by the runtime work.)
 */
public record ConnectOptions(String url) {
    /** Parses a connection URL. */
    public static ConnectOptions parse(String url) {
        return new ConnectOptions(url);
    }
}
