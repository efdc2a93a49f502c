package io.kakaorm.bench;

import io.kakaorm.bench.jmh.JmhLauncher;
import io.kakaorm.bench.jmh.LambdaBenchmark;
import io.kakaorm.bench.load.Comparison;
import io.kakaorm.bench.workload.FilteredListWorkload;
import io.kakaorm.bench.workload.ServerWorkloads;
import io.vertx.core.Vertx;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The workloads built on the decoder and query parts. */
final class Extras {
    private Extras() {}

    static void lambda(BenchArgs args) throws Exception {
        Map<String, Double> r = JmhLauncher.run(LambdaBenchmark.class, args, args.jvm());
        Double seen = r.get("seenToSql");
        Double params = r.get("seenDecodeParams");
        Double fresh = r.get("newCallSiteToSql");
        if (seen != null && fresh != null && params != null) {
            System.out.printf(
                    Locale.ROOT,
                    "lambda     seen call site: decode+params %.2f us, +SQL %.2f us (target <= 2 us: %s); "
                            + "new call site +SQL %.1f us (target <= 300 us: %s)%n",
                    params / 1000,
                    seen / 1000,
                    seen / 1000 <= 2 ? "met" : "MISSED",
                    fresh,
                    fresh <= 300 ? "met" : "MISSED");
        }
    }

    static List<Comparison> list20(Vertx vertx, BenchArgs args) {
        return ServerWorkloads.each(vertx, args, new FilteredListWorkload());
    }
}
