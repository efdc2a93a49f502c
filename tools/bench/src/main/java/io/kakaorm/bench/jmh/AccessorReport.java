package io.kakaorm.bench.jmh;

import java.util.Locale;
import java.util.Map;

/** Turns the {@link FieldAccessBenchmark} scores into ratios against direct field code. */
public final class AccessorReport {
    private AccessorReport() {}

    /** Prints, per operation, each accessor's time relative to direct access and ByteBuddy vs MethodHandle. */
    public static void print(Map<String, Double> ns) {
        for (String op : new String[] {"hydrate", "read"}) {
            Double direct = ns.get(op + "Direct");
            if (direct == null) {
                continue;
            }
            for (String kind : new String[] {"MethodHandle", "Reflection", "ByteBuddy", "GeneratedColumns"}) {
                Double t = ns.get(op + kind);
                if (t != null) {
                    System.out.printf(
                            Locale.ROOT,
                            "accessors  %-8s %-17s %8.2f ns/row  = %.2fx direct time%n",
                            op,
                            kind,
                            t,
                            t / direct);
                }
            }
            Double mh = ns.get(op + "MethodHandle");
            Double bb = ns.get(op + "ByteBuddy");
            if (mh != null && bb != null) {
                System.out.printf(
                        Locale.ROOT,
                        "accessors  %-8s MethodHandle/ByteBuddy time = %.2f (%s faster by %.0f%%)%n",
                        op,
                        mh / bb,
                        mh > bb ? "ByteBuddy" : "MethodHandle",
                        Math.abs(mh / bb - 1) * 100);
            }
        }
    }

    /** Prints the {@link MappingBenchmark} result: the mapping loops over the shipped accessors against mapping by hand. */
    public static void printMapping(Map<String, Double> ns) {
        Double hand = ns.get("byHand");
        if (hand != null) {
            System.out.printf(Locale.ROOT, "mapping    by hand %.1f ns/row%n", hand);
        }
        for (String w : new String[] {"whatIfGeneratedAccessor", "whatIfGeneratedNoConversion"}) {
            Double t = ns.get(w);
            if (t != null && hand != null) {
                System.out.printf(Locale.ROOT, "mapping    %s %.1f ns/row: ratio hand/it = %.2fx%n", w, t, hand / t);
            }
        }
    }
}
