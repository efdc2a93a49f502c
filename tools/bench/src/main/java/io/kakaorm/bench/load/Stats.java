package io.kakaorm.bench.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Small statistics helpers. */
public final class Stats {
    private Stats() {}

    /** The median of {@code values} (mean of the middle two for an even count). */
    public static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
