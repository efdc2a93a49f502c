package io.kakaorm.testing;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Prints one line per module when tests were skipped for want of a database server, so that a
 * {@code mvn verify} without PostgreSQL or MariaDB says so on the console rather than only in the XML
 * reports: {@code [kakaorm] migrations: 41 tests skipped, no PostgreSQL (KAKAORM_PG_URL is unset …)}.
 *
 * <p>A JUnit Platform listener registered through {@code META-INF/services} in the dsl test-jar, so every
 * module whose tests use the test-jar reports the same way. It counts the aborted tests whose reason names a
 * database ({@code "no PostgreSQL: …"}, as {@code Servers} and the other modules' skips say).
 */
public final class SkippedDatabasesReport implements TestExecutionListener {
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private final Map<String, String> reasons = new LinkedHashMap<>();

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (!test.isTest() || result.getStatus() != TestExecutionResult.Status.ABORTED) {
            return;
        }
        String reason = result.getThrowable().map(Throwable::getMessage).orElse("");
        String db = database(reason);
        if (db != null) {
            synchronized (this) {
                counts.merge(db, 1, Integer::sum);
                reasons.putIfAbsent(db, clean(reason, db));
            }
        }
    }

    @Override
    public synchronized void testPlanExecutionFinished(TestPlan plan) {
        if (counts.isEmpty()) {
            return;
        }
        System.out.println(line(module(), counts, reasons));
        counts.clear();
        reasons.clear();
    }

    /** The console line for {@code counts} skipped tests per database with their reasons. */
    static String line(String module, Map<String, Integer> counts, Map<String, String> reasons) {
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        StringBuilder b = new StringBuilder("[kakaorm] ")
                .append(module)
                .append(": ")
                .append(total)
                .append(total == 1 ? " test" : " tests")
                .append(" SKIPPED without a database server");
        String sep = ": ";
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            b.append(sep)
                    .append(e.getKey())
                    .append(" ×")
                    .append(e.getValue())
                    .append(" (")
                    .append(reasons.get(e.getKey()))
                    .append(')');
            sep = "; ";
        }
        return b.append(". Set KAKAORM_PG_URL / KAKAORM_MYSQL_URL to run them, KAKAORM_REQUIRE_DBS=1 to fail instead.")
                .toString();
    }

    /** Which database an abort reason is about, or {@code null} for other skips. */
    static String database(String reason) {
        if (reason == null) {
            return null;
        }
        if (reason.contains("PostgreSQL") || reason.contains("KAKAORM_PG_URL")) {
            return "PostgreSQL";
        }
        if (reason.contains("MySQL") || reason.contains("MariaDB") || reason.contains("KAKAORM_MYSQL_URL")) {
            return "MySQL/MariaDB";
        }
        return null;
    }

    private static String clean(String reason, String db) {
        String r = reason.startsWith("Assumption failed: ") ? reason.substring("Assumption failed: ".length()) : reason;
        for (String prefix : new String[] {"no " + db + ": ", "no " + db + " "}) {
            if (r.startsWith(prefix)) {
                r = r.substring(prefix.length());
            }
        }
        return r.strip();
    }

    private static String module() {
        Path dir = Path.of("").toAbsolutePath().getFileName();
        return dir == null ? "tests" : dir.toString();
    }
}
