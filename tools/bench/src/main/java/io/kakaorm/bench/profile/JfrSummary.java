package io.kakaorm.bench.profile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summarises the {@code jdk.ExecutionSample} events of a JFR recording: samples per thread, the hottest
 * methods by self time, and the inclusive share of every method whose class starts with a given prefix
 * (default {@code io.kakaorm.}) — i.e. how much of the sampled CPU ran inside the ORM.
 *
 * <pre>java -cp kakaorm-bench.jar io.kakaorm.bench.profile.JfrSummary rec.jfr [prefix] [threadPrefix] [method]</pre>
 *
 * With {@code method} (e.g. {@code ModelMapper.fill}) it also splits that method's inclusive samples by
 * the callee it was in (or {@code (self)}).
 */
public final class JfrSummary {
    private JfrSummary() {}

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: JfrSummary file.jfr [classPrefix=io.kakaorm.] [threadPrefix]");
            System.exit(2);
        }
        String prefix = args.length > 1 ? args[1] : "io.kakaorm.";
        String threadPrefix = args.length > 2 ? args[2] : "";
        String focus = args.length > 3 ? args[3] : null;
        Map<String, Integer> callees = new HashMap<>();
        Map<String, Integer> threads = new HashMap<>();
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> inclusive = new HashMap<>();
        int total = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(Path.of(args[0]))) {
            if (!e.getEventType().getName().equals("jdk.ExecutionSample")) {
                continue;
            }
            String thread = e.getThread("sampledThread") == null
                    ? "?"
                    : e.getThread("sampledThread").getJavaName();
            if (thread == null || !thread.startsWith(threadPrefix)) {
                continue;
            }
            RecordedStackTrace st = e.getStackTrace();
            if (st == null || st.getFrames().isEmpty()) {
                continue;
            }
            total++;
            threads.merge(thread.replaceAll("\\d+$", "N"), 1, Integer::sum);
            List<RecordedFrame> frames = st.getFrames();
            self.merge(name(frames.get(0).getMethod()), 1, Integer::sum);
            if (focus != null) {
                for (int i = 0; i < frames.size(); i++) {
                    if (name(frames.get(i).getMethod()).endsWith(focus)) {
                        String callee = i == 0
                                ? "(self)"
                                : name(frames.get(i - 1).getMethod())
                                        + (frames.get(i - 1).getLineNumber() >= 0 ? "" : "");
                        callees.merge(callee + " @line " + frames.get(i).getLineNumber(), 1, Integer::sum);
                        break;
                    }
                }
            }
            Set<String> seen = new HashSet<>();
            for (RecordedFrame f : frames) {
                String n = name(f.getMethod());
                if (n.startsWith(prefix) && seen.add(n)) {
                    inclusive.merge(n, 1, Integer::sum);
                }
            }
        }
        System.out.printf(
                Locale.ROOT,
                "%d execution samples%s%n",
                total,
                threadPrefix.isEmpty() ? "" : " on threads " + threadPrefix + "*");
        print("samples by thread", threads, total, 10);
        print("hottest methods (self)", self, total, 25);
        print("inclusive, methods of " + prefix + "*", inclusive, total, 30);
        if (focus != null) {
            print("inside " + focus + ": callee @ line of " + focus, callees, total, 25);
        }
    }

    private static String name(RecordedMethod m) {
        return m == null ? "?" : m.getType().getName() + "." + m.getName();
    }

    private static void print(String title, Map<String, Integer> counts, int total, int limit) {
        System.out.println("-- " + title);
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(limit)
                .forEach(en -> System.out.printf(
                        Locale.ROOT,
                        "%6.1f%%  %6d  %s%n",
                        100.0 * en.getValue() / Math.max(1, total),
                        en.getValue(),
                        en.getKey()));
    }
}
