package io.kakaorm.bench.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The comparisons of repeated runs of the same workloads, merged per comparison ({@link Comparison#merge}). */
public final class Runs {
    private Runs() {}

    /** One comparison per {@link Comparison#key()}, in first-seen order, over every run that has it. */
    public static List<Comparison> merged(List<List<Comparison>> runs) {
        Map<String, List<Comparison>> byKey = new LinkedHashMap<>();
        for (List<Comparison> run : runs) {
            for (Comparison c : run) {
                byKey.computeIfAbsent(c.key(), k -> new ArrayList<>()).add(c);
            }
        }
        List<Comparison> out = new ArrayList<>();
        byKey.values().forEach(cs -> out.add(Comparison.merge(cs)));
        return out;
    }
}
