package io.kakaorm.bench;

import io.kakaorm.bench.jmh.AccessorReport;
import io.kakaorm.bench.jmh.FieldAccessBenchmark;
import io.kakaorm.bench.jmh.InterleavedAccessors;
import io.kakaorm.bench.jmh.JmhLauncher;
import io.kakaorm.bench.jmh.MappingBenchmark;
import io.kakaorm.bench.load.Await;
import io.kakaorm.bench.load.Comparison;
import io.kakaorm.bench.load.Runs;
import io.kakaorm.bench.workload.BulkInsertWorkload;
import io.kakaorm.bench.workload.CalibrationWorkload;
import io.kakaorm.bench.workload.HydrationWorkload;
import io.kakaorm.bench.workload.ListenerOverheadWorkload;
import io.kakaorm.bench.workload.PkLookupWorkload;
import io.kakaorm.bench.workload.RelationalWorkload;
import io.kakaorm.bench.workload.ServerWorkloads;
import io.kakaorm.bench.workload.SqliteWorkload;
import io.vertx.core.Vertx;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code java -jar kakaorm-bench.jar <workload> [options]}: runs one workload (or {@code all}) and prints
 * one line per comparison, ratio first. See {@link BenchArgs#USAGE}.
 */
public final class BenchMain {
    private BenchMain() {}

    public static void main(String[] argv) throws Exception {
        BenchArgs args;
        try {
            args = BenchArgs.parse(argv);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        List<List<Comparison>> runs = new ArrayList<>();
        for (int i = 0; i < args.runs(); i++) {
            runs.add(run(args));
        }
        List<Comparison> results = runs.get(0);
        if (runs.size() > 1) {
            System.out.println("-- over " + runs.size() + " runs (medians of all their round pairs):");
            results = Runs.merged(runs);
            results.forEach(c -> System.out.println(c.line()));
        }
        System.out.println("done: " + results.size() + " load comparisons");
        System.exit(0); // JMH and Vert.x may leave non-daemon threads behind
    }

    /** Runs the workload named in {@code args}; the load-run comparisons (JMH results are printed only). */
    public static List<Comparison> run(BenchArgs args) throws Exception {
        printMachine(args);
        List<Comparison> out = new ArrayList<>();
        String w = args.workload();
        boolean all = w.equals("all");
        if (!all
                && !List.of(
                                "pk",
                                "hydrate",
                                "sqlite",
                                "accessors",
                                "lambda",
                                "list20",
                                "calibrate",
                                "bulk",
                                "listener",
                                "relational")
                        .contains(w)) {
            throw new IllegalArgumentException("unknown workload " + w + "\n" + BenchArgs.USAGE);
        }
        if (all || w.equals("accessors")) {
            AccessorReport.print(JmhLauncher.run(FieldAccessBenchmark.class, args, args.jvm()));
            AccessorReport.printMapping(JmhLauncher.run(MappingBenchmark.class, args, args.jvm()));
            if (!args.quick()) {
                InterleavedAccessors.run();
            }
        }
        if (all || w.equals("lambda")) {
            Extras.lambda(args);
        }
        if (w.equals("bulk")) { // not part of "all": it rewrites 10,000-row tables many times
            Vertx vertx = Vertx.vertx();
            try {
                BulkInsertWorkload.run(vertx, args);
            } finally {
                Await.of(vertx.close(), 30);
            }
        }
        if (w.equals("listener")) { // not part of "all": an A/B of the ORM against itself
            Vertx vertx = Vertx.vertx();
            try {
                out.addAll(ServerWorkloads.each(vertx, args, new ListenerOverheadWorkload()));
            } finally {
                Await.of(vertx.close(), 30);
            }
        }
        if (all
                || List.of("pk", "hydrate", "sqlite", "list20", "calibrate", "relational")
                        .contains(w)) {
            Vertx vertx = Vertx.vertx();
            try {
                if (all || w.equals("calibrate")) {
                    out.addAll(ServerWorkloads.each(vertx, args, new CalibrationWorkload(), false));
                }
                if (all || w.equals("pk")) {
                    out.addAll(ServerWorkloads.each(vertx, args, new PkLookupWorkload()));
                }
                if (all || w.equals("hydrate")) {
                    out.addAll(ServerWorkloads.each(vertx, args, new HydrationWorkload()));
                }
                if (all || w.equals("sqlite")) {
                    out.addAll(new SqliteWorkload().run(vertx, args));
                }
                if (all || w.equals("list20")) {
                    out.addAll(Extras.list20(vertx, args));
                }
                if (all || w.equals("relational")) {
                    out.addAll(ServerWorkloads.each(vertx, args, new RelationalWorkload()));
                }
            } finally {
                Await.of(vertx.close(), 30);
            }
        }
        return out;
    }

    private static void printMachine(BenchArgs args) {
        Runtime rt = Runtime.getRuntime();
        System.out.printf(
                "kakaorm-bench %s at %s; java %s (%s); %d cpus; load %s%n",
                args.workload(),
                Instant.now(),
                System.getProperty("java.version"),
                System.getProperty("java.vm.name"),
                rt.availableProcessors(),
                loadAverage());
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (Exception e) {
            return String.valueOf(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }
}
