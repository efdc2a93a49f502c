package io.kakaorm.bench.load;

import java.util.ArrayList;
import java.util.List;

/**
 * Alternates a candidate and its baselines: warm-up rounds (discarded), then measured rounds in the order
 * candidate, baseline(s), candidate, baseline(s)… so that drift on a shared machine hits every side alike.
 *
 * @param warmupRounds rounds of each side run first and discarded
 * @param rounds       measured rounds of each side
 * @param ops          operations per round
 */
public record Rounds(int warmupRounds, int rounds, int ops) {

    /** Runs the rounds and prints the result line. */
    public Comparison compare(String workload, String target, Side candidate, Side baseline) {
        return compareAll(workload, target, candidate, List.of(baseline)).get(0);
    }

    /** Runs the rounds with several baselines; one comparison (and printed line) per baseline. */
    public List<Comparison> compareAll(String workload, String target, Side candidate, List<Side> baselines) {
        for (int i = 0; i < warmupRounds; i++) {
            candidate.run().nanos(ops);
            for (Side b : baselines) {
                b.run().nanos(ops);
            }
        }
        List<Double> c = new ArrayList<>();
        List<Double> cCpu = new ArrayList<>();
        List<List<Double>> bs = new ArrayList<>();
        List<List<Double>> bsCpu = new ArrayList<>();
        baselines.forEach(b -> {
            bs.add(new ArrayList<>());
            bsCpu.add(new ArrayList<>());
        });
        for (int i = 0; i < rounds; i++) {
            measure(candidate, c, cCpu);
            for (int j = 0; j < baselines.size(); j++) {
                measure(baselines.get(j), bs.get(j), bsCpu.get(j));
            }
        }
        List<Comparison> out = new ArrayList<>();
        for (int j = 0; j < baselines.size(); j++) {
            Comparison r = new Comparison(
                    workload, target, candidate.name(), baselines.get(j).name(), ops, c, bs.get(j), cCpu, bsCpu.get(j));
            System.out.println(r.line());
            out.add(r);
        }
        return out;
    }

    private void measure(Side side, List<Double> opsPerSec, List<Double> cpuMicrosPerOp) {
        long cpu0 = ProcessCpu.nanos();
        long wall = side.run().nanos(ops);
        long cpu1 = ProcessCpu.nanos();
        opsPerSec.add(opsPerSec(wall));
        cpuMicrosPerOp.add(cpu0 < 0 ? Double.NaN : (cpu1 - cpu0) / 1e3 / ops);
    }

    private double opsPerSec(long nanos) {
        return ops * 1e9 / nanos;
    }
}
