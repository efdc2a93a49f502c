package io.kakaorm.bench.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Alternates a candidate and its baselines: warm-up rounds (discarded), then measured rounds in the order
 * candidate, baseline(s), baseline(s), candidate, candidate, baseline(s)… so that drift on a shared machine
 * hits every side alike and neither side always runs first in its pair.
 *
 * @param warmupRounds rounds of each side run first and discarded
 * @param rounds       measured rounds of each side
 * @param ops          operations per round
 */
public record Rounds(int warmupRounds, int rounds, int ops) {
    /** {@code -Dkkbench.cpuByThread=true}: also print each side's CPU per thread group. */
    private static final boolean BY_GROUP = Boolean.getBoolean("kkbench.cpuByThread");

    /** Runs the rounds and prints the result line. */
    public Comparison compare(String workload, String target, Side candidate, Side baseline) {
        return compareAll(workload, target, candidate, List.of(baseline)).get(0);
    }

    /** Runs the rounds with several baselines; one comparison (and printed line) per baseline. */
    public List<Comparison> compareAll(String workload, String target, Side candidate, List<Side> baselines) {
        // warm-up rounds are measured too, and thrown away: the CPU reading itself (files, parsing) is then
        // compiled before the first measured round instead of inside it
        List<Double> ignored = new ArrayList<>();
        Map<String, Long> ignoredGroups = new TreeMap<>();
        for (int i = 0; i < warmupRounds; i++) {
            measure(candidate, ignored, ignored, ignoredGroups);
            for (Side b : baselines) {
                measure(b, ignored, ignored, ignoredGroups);
            }
        }
        Map<String, Long> cGroups = new TreeMap<>();
        List<Map<String, Long>> bsGroups = new ArrayList<>();
        List<Double> c = new ArrayList<>();
        List<Double> cCpu = new ArrayList<>();
        List<List<Double>> bs = new ArrayList<>();
        List<List<Double>> bsCpu = new ArrayList<>();
        baselines.forEach(b -> {
            bs.add(new ArrayList<>());
            bsCpu.add(new ArrayList<>());
            bsGroups.add(new TreeMap<>());
        });
        for (int i = 0; i < rounds; i++) {
            // every other round runs the baselines first: running first or second in a pair is worth about 1 %
            // on this machine (A/A runs), and alternating cancels it instead of charging it to the candidate
            boolean candidateFirst = i % 2 == 0;
            if (candidateFirst) {
                measure(candidate, c, cCpu, cGroups);
            }
            for (int j = 0; j < baselines.size(); j++) {
                measure(baselines.get(j), bs.get(j), bsCpu.get(j), bsGroups.get(j));
            }
            if (!candidateFirst) {
                measure(candidate, c, cCpu, cGroups);
            }
        }
        List<Comparison> out = new ArrayList<>();
        for (int j = 0; j < baselines.size(); j++) {
            Comparison r = new Comparison(
                    workload, target, candidate.name(), baselines.get(j).name(), ops, c, bs.get(j), cCpu, bsCpu.get(j));
            System.out.println(r.line());
            out.add(r);
        }
        if (BY_GROUP) {
            printGroups(candidate.name(), cGroups);
            for (int j = 0; j < baselines.size(); j++) {
                printGroups(baselines.get(j).name(), bsGroups.get(j));
            }
        }
        return out;
    }

    private void measure(Side side, List<Double> opsPerSec, List<Double> cpuMicrosPerOp, Map<String, Long> groups) {
        ProcessCpu.Snapshot before = ProcessCpu.snapshot(false);
        long wall = side.run().nanos(ops);
        ProcessCpu.Snapshot after = ProcessCpu.snapshot(BY_GROUP);
        long used = after.since(before);
        after.sinceByGroup(before).forEach((group, nanos) -> groups.merge(group, nanos, Long::sum));
        opsPerSec.add(opsPerSec(wall));
        cpuMicrosPerOp.add(used < 0 ? Double.NaN : used / 1e3 / ops);
    }

    /** Prints where each side's CPU went, per thread group, in microseconds per operation. */
    private void printGroups(String side, Map<String, Long> groups) {
        groups.forEach((group, nanos) -> {
            if (nanos >= ops * rounds * 100L) { // 0.1 us/op and more
                System.out.printf("  cpu %-8s %-28s %8.1f us/op%n", side, group, nanos / 1e3 / ops / rounds);
            }
        });
    }

    private double opsPerSec(long nanos) {
        return ops * 1e9 / nanos;
    }
}
