package io.kakaorm.bench.jmh;

import io.kakaorm.bench.BenchArgs;
import java.io.PrintStream;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** Runs the JMH benchmarks of one class and returns the score (in its unit) per benchmark method name. */
public final class JmhLauncher {
    private JmhLauncher() {}

    /**
     * Runs every benchmark of {@code benchmarkClass} (forked, with the class's own warm-up and measurement
     * settings; a quick run is in-process and short) and prints each score.
     *
     * @param jvm the java executable for the forks, or {@code null} for the current one
     */
    public static Map<String, Double> run(Class<?> benchmarkClass, BenchArgs args, String jvm) throws RunnerException {
        ChainedOptionsBuilder o =
                new OptionsBuilder().include(benchmarkClass.getName() + "\\.").shouldFailOnError(true);
        if (args.quick()) {
            o = o.forks(0).warmupIterations(0).measurementIterations(1).measurementTime(TimeValue.milliseconds(50));
        }
        if (jvm != null) {
            o = o.jvm(jvm);
        }
        PrintStream out = System.out;
        PrintStream err = System.err;
        Collection<RunResult> results;
        try {
            results = new Runner(o.build()).run();
        } finally {
            System.setOut(out); // JMH leaves its own forwarding streams behind, which doubles later lines
            System.setErr(err);
        }
        Map<String, Double> scores = new LinkedHashMap<>();
        for (RunResult r : results) {
            String label = r.getParams().getBenchmark();
            String method = label.substring(label.lastIndexOf('.') + 1);
            var p = r.getPrimaryResult();
            scores.put(method, p.getScore());
            System.out.printf(
                    Locale.ROOT, "%-28s %12.3f ± %.3f %s%n", method, p.getScore(), p.getScoreError(), p.getScoreUnit());
        }
        return scores;
    }
}
