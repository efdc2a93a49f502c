package io.kakaorm.bench.load;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;

/** CPU time used by this JVM so far (all threads: event loops, workers, JIT, GC), in nanoseconds. */
public final class ProcessCpu {
    private static final OperatingSystemMXBean OS = ManagementFactory.getOperatingSystemMXBean();

    private ProcessCpu() {}

    /** The process CPU time in nanoseconds, or -1 when the JVM cannot tell. */
    public static long nanos() {
        // checkstyle:allow-fqn
        return OS instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : -1;
    }
}
