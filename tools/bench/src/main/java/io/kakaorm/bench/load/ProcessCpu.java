package io.kakaorm.bench.load;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * CPU time used by this JVM (all threads: event loops, workers, JIT, GC), in nanoseconds, between two
 * {@link #snapshot snapshots}.
 *
 * <p>On Linux it is read per thread from {@code /proc/self/task/<tid>/schedstat}, in nanoseconds, and the
 * interval is the sum of each thread's own difference. A process-wide total would not do: HotSpot starts and
 * stops JIT compiler threads as its queue grows and shrinks, and a thread that ends takes its whole run time
 * out of the total, so a round in which a compiler thread ended read tens of microseconds per operation too
 * little. The JVM's own figure ({@code OperatingSystemMXBean.getProcessCpuTime}, the fallback) comes from
 * {@code times()} in clock ticks of 10 ms: too coarse for two sides that differ by a few percent.
 */
public final class ProcessCpu {
    private static final OperatingSystemMXBean OS = ManagementFactory.getOperatingSystemMXBean();
    private static final Path TASKS = Path.of("/proc/self/task");
    private static final boolean SCHEDSTAT = Files.isReadable(
            TASKS.resolve(String.valueOf(ProcessHandle.current().pid())).resolve("schedstat"));

    /** Per-thread run times at one moment (thread id → nanoseconds), or the process total when not on Linux. */
    public static final class Snapshot {
        private final Map<String, Long> threads;
        private final Map<String, String> names;
        private final long total;

        private Snapshot(Map<String, Long> threads, Map<String, String> names, long total) {
            this.threads = threads;
            this.names = names;
            this.total = total;
        }

        /** CPU nanoseconds used between {@code earlier} and this snapshot, or -1 when the JVM cannot tell. */
        public long since(Snapshot earlier) {
            if (threads == null || earlier.threads == null) {
                return total < 0 || earlier.total < 0 ? -1 : total - earlier.total;
            }
            long sum = 0;
            for (Map.Entry<String, Long> e : threads.entrySet()) {
                sum += e.getValue() - earlier.threads.getOrDefault(e.getKey(), 0L); // a new thread counts from 0
            }
            return sum;
        }

        /**
         * CPU nanoseconds between {@code earlier} and this snapshot per thread group (the thread's name without
         * digits: {@code vert.x-eventloop-thread-N}, {@code GC Thread#N}); empty unless this snapshot was taken
         * with names on Linux.
         */
        public Map<String, Long> sinceByGroup(Snapshot earlier) {
            Map<String, Long> out = new TreeMap<>();
            if (threads == null || names == null || earlier.threads == null) {
                return out;
            }
            threads.forEach((tid, nanos) -> out.merge(
                    names.get(tid).replaceAll("[0-9]+", "N"),
                    nanos - earlier.threads.getOrDefault(tid, 0L),
                    Long::sum));
            return out;
        }
    }

    private ProcessCpu() {}

    /** The run time of every thread now; {@code withNames} also reads each thread's name. */
    public static Snapshot snapshot(boolean withNames) {
        if (SCHEDSTAT) {
            Map<String, Long> threads = new HashMap<>();
            Map<String, String> names = withNames ? new HashMap<>() : null;
            try (DirectoryStream<Path> tasks = Files.newDirectoryStream(TASKS)) {
                for (Path t : tasks) {
                    try {
                        String s = Files.readString(t.resolve("schedstat"));
                        String tid = t.getFileName().toString();
                        threads.put(tid, Long.parseLong(s.substring(0, s.indexOf(' '))));
                        if (names != null) {
                            names.put(tid, Files.readString(t.resolve("comm")).trim());
                        }
                    } catch (IOException | RuntimeException e) {
                        // the thread ended while we listed: it is not in this snapshot
                    }
                }
                return new Snapshot(threads, names, 0);
            } catch (IOException e) {
                // fall through to the process total
            }
        }
        // checkstyle:allow-fqn
        long total = OS instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : -1;
        return new Snapshot(null, null, total);
    }
}
