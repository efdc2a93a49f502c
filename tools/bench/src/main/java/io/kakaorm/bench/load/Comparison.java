package io.kakaorm.bench.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The result of alternating rounds of a candidate against a baseline: operations per second of each
 * round and the ratio of the medians (candidate / baseline; above 1 means the candidate is faster).
 *
 * @param workload  workload name
 * @param target    database or variant the workload ran on
 * @param candidate the candidate side's name
 * @param baseline  the baseline side's name
 * @param ops       operations per round
 * @param candidateOpsPerSec candidate throughput per measured round
 * @param baselineOpsPerSec  baseline throughput per measured round
 * @param candidateCpuMicros this JVM's CPU time per operation in each candidate round (all threads)
 * @param baselineCpuMicros  the same for the baseline rounds
 */
public record Comparison(
        String workload,
        String target,
        String candidate,
        String baseline,
        int ops,
        List<Double> candidateOpsPerSec,
        List<Double> baselineOpsPerSec,
        List<Double> candidateCpuMicros,
        List<Double> baselineCpuMicros) {

    /** A comparison without CPU figures. */
    public Comparison(
            String workload,
            String target,
            String candidate,
            String baseline,
            int ops,
            List<Double> candidateOpsPerSec,
            List<Double> baselineOpsPerSec) {
        this(workload, target, candidate, baseline, ops, candidateOpsPerSec, baselineOpsPerSec, List.of(), List.of());
    }

    /**
     * Baseline CPU per operation over candidate CPU per operation, the median over the same round pairs as
     * {@link #ratio()}: the same figure measured on this JVM's CPU time instead of wall time. Other processes
     * on a shared machine stretch wall time but not our CPU time; it leaves out the database server's own work.
     */
    public double cpuRatio() {
        return Stats.median(pairRatios(baselineCpuMicros, candidateCpuMicros));
    }

    /** Median candidate throughput, operations per second. */
    public double candidateMedian() {
        return Stats.median(candidateOpsPerSec);
    }

    /** Median baseline throughput, operations per second. */
    public double baselineMedian() {
        return Stats.median(baselineOpsPerSec);
    }

    /**
     * The figure: the median of the per-round ratios (candidate round i over the baseline round run next
     * to it, before or after), which cancels load drift between rounds better than a ratio of medians.
     */
    public double ratio() {
        return Stats.median(pairRatios(candidateOpsPerSec, baselineOpsPerSec));
    }

    /** Median candidate throughput over median baseline throughput (printed as a cross-check). */
    public double ratioOfMedians() {
        return candidateMedian() / baselineMedian();
    }

    /** The lowest and highest ratio of adjacent candidate/baseline round pairs (the spread). */
    public double[] pairRatioRange() {
        double lo = Double.MAX_VALUE;
        double hi = 0;
        for (double r : pairRatios(candidateOpsPerSec, baselineOpsPerSec)) {
            lo = Math.min(lo, r);
            hi = Math.max(hi, r);
        }
        return new double[] {lo, hi};
    }

    /**
     * The comparisons of several runs of one workload as one: the round pairs of every run together, so that
     * {@link #ratio()} and {@link #cpuRatio()} are the medians of pairs over all the runs.
     *
     * @throws IllegalArgumentException when the runs compare different things or none is given
     */
    public static Comparison merge(List<Comparison> runs) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("no runs to merge");
        }
        Comparison first = runs.get(0);
        List<Double> c = new ArrayList<>();
        List<Double> b = new ArrayList<>();
        List<Double> cCpu = new ArrayList<>();
        List<Double> bCpu = new ArrayList<>();
        for (Comparison r : runs) {
            if (!r.key().equals(first.key()) || r.ops != first.ops) {
                throw new IllegalArgumentException("cannot merge " + r.key() + " into " + first.key());
            }
            c.addAll(r.candidateOpsPerSec);
            b.addAll(r.baselineOpsPerSec);
            cCpu.addAll(r.candidateCpuMicros);
            bCpu.addAll(r.baselineCpuMicros);
        }
        return new Comparison(
                first.workload, first.target, first.candidate, first.baseline, first.ops, c, b, cCpu, bCpu);
    }

    /** What is compared: workload, target, candidate and baseline (the same in every run of one comparison). */
    public String key() {
        return workload + " " + target + " " + candidate + "/" + baseline;
    }

    /** {@code top[i] / bottom[i]} for every round pair (the shorter list's length). */
    private static List<Double> pairRatios(List<Double> top, List<Double> bottom) {
        List<Double> r = new ArrayList<>();
        for (int i = 0; i < Math.min(top.size(), bottom.size()); i++) {
            r.add(top.get(i) / bottom.get(i));
        }
        return r;
    }

    /** One line for the report: the ratio first, then the absolute figures behind it. */
    public String line() {
        double[] range = pairRatioRange();
        return String.format(
                Locale.ROOT,
                "%-10s %-26s ratio %s/%s = %.3fx  (pairs %.3f..%.3f, of medians %.3f; cpu %.3fx)  %s %,.0f ops/s (%.1f us/op, cpu %.1f us/op)  %s %,.0f ops/s (%.1f us/op, cpu %.1f us/op)  [%d ops x %d rounds]",
                workload,
                target,
                candidate,
                baseline,
                ratio(),
                range[0],
                range[1],
                ratioOfMedians(),
                cpuRatio(),
                candidate,
                candidateMedian(),
                1e6 / candidateMedian(),
                Stats.median(candidateCpuMicros),
                baseline,
                baselineMedian(),
                1e6 / baselineMedian(),
                Stats.median(baselineCpuMicros),
                ops,
                candidateOpsPerSec.size());
    }
}
