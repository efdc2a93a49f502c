package io.kakaorm.bench.jmh;

import io.kakaorm.Filter;
import io.kakaorm.bench.model.Item;

/**
 * The lambda call sites of {@link LambdaBenchmark}. Loaded once normally (call site seen before) and, for
 * the new-call-site case, copied into a fresh class loader per invocation, so its lambda is new to the
 * JVM and to the decoder each time.
 */
public final class FreshSite {
    private FreshSite() {}

    /** A typical filter: two comparisons on an int column and a string equality, three captured values. */
    public static Filter<Item> filter(int lo, int hi, String category) {
        return i -> i.quantity > lo && i.quantity <= hi && i.category.equals(category);
    }
}
