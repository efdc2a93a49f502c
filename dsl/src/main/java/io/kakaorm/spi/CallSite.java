package io.kakaorm.spi;

import java.util.List;
import java.util.function.Supplier;

/**
 * Where the lambdas of the query being handed to a {@link QueryExecutor} were written, visible to the
 * runtime while that call runs on the calling thread (statement listeners report it). Set by the query
 * layer around each executor call; never leaks to a later statement.
 */
public final class CallSite {
    private static final ThreadLocal<List<String>> CURRENT = new ThreadLocal<>();

    private CallSite() {}

    /** Runs {@code call} with {@code sources} as the current call site of this thread. */
    public static <T> T with(List<String> sources, Supplier<T> call) {
        List<String> outer = CURRENT.get();
        CURRENT.set(sources);
        try {
            return call.get();
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }

    /** {@code PostService.java:42 and PostService.java:43} for the current query, or {@code null}. */
    public static String current() {
        List<String> s = CURRENT.get();
        return s == null || s.isEmpty() ? null : String.join(" and ", s);
    }
}
