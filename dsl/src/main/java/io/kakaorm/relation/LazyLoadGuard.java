package io.kakaorm.relation;

/**
 * The N+1 guard: when the instances of one query result lazy-load the same relation more than
 * {@link #threshold()} times, one warning is logged (System.Logger {@code io.kakaorm.relation}) naming
 * the model, the relation and where the query was run, with the prefetch that avoids it.
 *
 * <p>The threshold starts at the system property {@code kakaorm.lazyLoadWarningThreshold}, else 10; 0 or
 * less turns the guard off. Thread-safe.
 */
public final class LazyLoadGuard {
    private static volatile int threshold = Integer.getInteger("kakaorm.lazyLoadWarningThreshold", 10);

    private LazyLoadGuard() {}

    /** How many lazy loads of one relation per result are fine; the next one is warned about. */
    public static int threshold() {
        return threshold;
    }

    /** Sets the threshold (0 or less: never warn). */
    public static void setThreshold(int loads) {
        threshold = loads;
    }
}
