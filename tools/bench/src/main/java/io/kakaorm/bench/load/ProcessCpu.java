package io.kakaorm.bench.load;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time used by this JVM so far (all threads: event loops, workers, JIT, GC), in nanoseconds.
 *
 * <p>On Linux it is the sum of every thread's run time in {@code /proc/self/task/<tid>/schedstat}, counted in
 * nanoseconds. The JVM's own figure ({@code OperatingSystemMXBean.getProcessCpuTime}) comes from
 * {@code times()} in clock ticks of 10 ms, which is 12.5 µs per operation in a round of 800: too coarse for a
 * CPU ratio of two sides that differ by a few percent. A thread that ends between two readings takes its time
 * with it; the load runs keep their threads.
 */
public final class ProcessCpu {
    private static final OperatingSystemMXBean OS = ManagementFactory.getOperatingSystemMXBean();
    private static final Path TASKS = Path.of("/proc/self/task");
    private static final boolean SCHEDSTAT = Files.isReadable(
            TASKS.resolve(String.valueOf(ProcessHandle.current().pid())).resolve("schedstat"));

    private ProcessCpu() {}

    /** The process CPU time in nanoseconds, or -1 when the JVM cannot tell. */
    public static long nanos() {
        if (SCHEDSTAT) {
            long sum = schedstat();
            if (sum >= 0) {
                return sum;
            }
        }
        // checkstyle:allow-fqn
        return OS instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : -1;
    }

    private static long schedstat() {
        long sum = 0;
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(TASKS)) {
            for (Path t : tasks) {
                try {
                    String s = Files.readString(t.resolve("schedstat"));
                    sum += Long.parseLong(s.substring(0, s.indexOf(' ')));
                } catch (IOException | RuntimeException e) {
                    // the thread ended while we listed: its time is gone either way
                }
            }
            return sum;
        } catch (IOException e) {
            return -1;
        }
    }
}
