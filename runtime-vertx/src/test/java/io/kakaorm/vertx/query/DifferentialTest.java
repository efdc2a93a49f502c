package io.kakaorm.vertx.query;

import static io.kakaorm.vertx.testing.TestDatabases.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.kakaorm.Query;
import io.kakaorm.spi.QueryAccess;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.testing.TestDatabases;
import io.kakaorm.vertx.testing.TestDb;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Java meaning == SQL meaning: random predicates (expression trees, as the decoder produces them) are
 * applied to an in-memory list by {@link JavaEvaluator} and to the same rows on each database; the
 * selected rows must be the same. The seed is random per run unless {@code -Dkakaorm.diff.seed=N};
 * it is printed, and named in every failure. {@code -Dkakaorm.diff.cases=N} changes the count.
 */
@ExtendWith(TestDatabases.class)
class DifferentialTest {
    static final long SEED = Long.getLong("kakaorm.diff.seed", System.nanoTime() & 0xffffffffL);
    static final int CASES = Integer.getInteger("kakaorm.diff.cases", 1200);
    static final int ROWS = 80;

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void randomPredicatesSelectTheSameRowsAsJava(TestDb testDb) {
        System.out.println("DifferentialTest[" + testDb + "] seed=" + SEED + " cases=" + CASES
                + " (rerun: -Dkakaorm.diff.seed=" + SEED + ")");
        Database db = TestDatabases.open(testDb);
        await(db.createTable(DiffRow.class));
        PredicateGenerator gen = new PredicateGenerator(SEED);
        List<DiffRow> rows = gen.rows(ROWS);
        for (DiffRow r : rows) {
            await(db.save(r));
        }
        assertEquals(ROWS, await(db.from(DiffRow.class).count()));

        List<String> mismatches = new ArrayList<>();
        int run = 0;
        int discriminating = 0;
        for (int k = 0; k < CASES; k++) {
            PredicateGenerator.Case c = gen.next();
            TreeSet<Long> expected = new TreeSet<>();
            Object[] params = c.params().toArray();
            for (DiffRow r : rows) {
                if (JavaEvaluator.test(c.predicate(), r, params)) {
                    expected.add(r.id);
                }
            }
            if (!expected.isEmpty() && expected.size() < ROWS) {
                discriminating++;
            }
            Query<DiffRow> q = QueryAccess.where(db.from(DiffRow.class), c.predicate(), c.params());
            TreeSet<Long> actual = new TreeSet<>();
            try {
                for (DiffRow r : await(q.list())) {
                    actual.add(r.id);
                }
                run++;
            } catch (RuntimeException e) {
                mismatches.add("#" + k + " " + c + "\n  failed: " + e);
                continue;
            }
            if (!expected.equals(actual)) {
                TreeSet<Long> missing = new TreeSet<>(expected);
                missing.removeAll(actual);
                TreeSet<Long> extra = new TreeSet<>(actual);
                extra.removeAll(expected);
                String sql;
                try {
                    sql = q.toSql();
                } catch (RuntimeException e) {
                    sql = "?" + e;
                }
                mismatches.add("#" + k + " " + c + "\n  SQL: " + sql + "\n  missing (Java only): "
                        + describe(rows, missing) + "\n  extra (DB only): " + describe(rows, extra));
            }
        }
        System.out.println("DifferentialTest[" + testDb + "] seed=" + SEED + ": " + run + " predicates run, "
                + mismatches.size() + " mismatches; " + discriminating + " selected some but not all rows");
        assertTrue(discriminating > CASES / 2, "too few predicates select a proper subset: " + discriminating);
        if (!mismatches.isEmpty()) {
            fail(mismatches.size() + " of " + CASES + " predicates differ on " + testDb + " (seed " + SEED
                    + ", rerun with -Dkakaorm.diff.seed=" + SEED + "):\n"
                    + String.join("\n", mismatches.subList(0, Math.min(15, mismatches.size()))));
        }
    }

    private static String describe(List<DiffRow> rows, TreeSet<Long> ids) {
        List<String> out = new ArrayList<>();
        for (DiffRow r : rows) {
            if (ids.contains(r.id) && out.size() < 3) {
                out.add(r.toString());
            }
        }
        return ids + " e.g. " + out;
    }
}
