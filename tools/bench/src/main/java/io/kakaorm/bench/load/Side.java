package io.kakaorm.bench.load;

/**
 * One contender of a comparison: a name and how to run {@code n} operations of it, returning the elapsed
 * nanoseconds.
 *
 * @param name what the side is ("orm", "raw", …)
 * @param run  runs {@code n} operations and returns the wall time in nanoseconds
 */
public record Side(String name, Run run) {
    /** Runs {@code n} operations; the wall time in nanoseconds. */
    @FunctionalInterface
    public interface Run {
        long nanos(int n);
    }
}
