package io.kakaorm.bench.jmh;

import io.kakaorm.bench.load.Stats;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The hydrate variants of {@link FieldAccessBenchmark} timed in one JVM, in short alternating bursts
 * (rotating order, 31 rounds), median per variant. On a machine shared with other busy processes this
 * cancels load drift that separate JMH forks, run minutes apart, cannot; JMH stays the reference on a quiet
 * machine. Results are stored into an array so that no allocation can be optimised away.
 */
public final class InterleavedAccessors {
    private static final int ROUNDS = 31;
    private static final int BURST = 200_000;
    private static final Object[] SINK = new Object[1024];

    private InterleavedAccessors() {}

    /** {@code java -cp kakaorm-bench.jar io.kakaorm.bench.jmh.InterleavedAccessors}: just this comparison. */
    public static void main(String[] args) throws Exception {
        run();
    }

    /** Runs the bursts and prints ns per row and the ratio to direct field code for each variant. */
    public static Map<String, Double> run() throws Exception {
        FieldAccessBenchmark b = new FieldAccessBenchmark();
        b.setup();
        Map<String, Supplier<Object>> variants = new LinkedHashMap<>();
        variants.put("direct", b::hydrateDirect);
        variants.put("MethodHandle", b::hydrateMethodHandle);
        variants.put("Reflection", b::hydrateReflection);
        variants.put("ByteBuddy", b::hydrateByteBuddy);
        variants.put("GeneratedColumns", b::hydrateGeneratedColumns);
        List<String> names = new ArrayList<>(variants.keySet());
        Map<String, List<Double>> times = new LinkedHashMap<>();
        names.forEach(n -> times.put(n, new ArrayList<>()));
        for (int warm = 0; warm < 10; warm++) {
            for (String n : names) {
                burst(variants.get(n));
            }
        }
        for (int r = 0; r < ROUNDS; r++) {
            for (int k = 0; k < names.size(); k++) {
                String n = names.get((k + r) % names.size());
                times.get(n).add(burst(variants.get(n)));
            }
        }
        Map<String, Double> medians = new LinkedHashMap<>();
        times.forEach((n, t) -> medians.put(n, Stats.median(t)));
        double direct = medians.get("direct");
        medians.forEach((n, ns) -> System.out.printf(
                Locale.ROOT, "interleaved hydrate %-17s %7.2f ns/row = %.2fx direct time%n", n, ns, ns / direct));
        System.out.printf(
                Locale.ROOT,
                "interleaved hydrate MethodHandle/ByteBuddy time = %.2f, MethodHandle/GeneratedColumns = %.2f%n",
                medians.get("MethodHandle") / medians.get("ByteBuddy"),
                medians.get("MethodHandle") / medians.get("GeneratedColumns"));
        return medians;
    }

    private static double burst(Supplier<Object> op) {
        long t0 = System.nanoTime();
        for (int i = 0; i < BURST; i++) {
            SINK[i & 1023] = op.get();
        }
        return (System.nanoTime() - t0) / (double) BURST;
    }
}
