package io.kakaorm.vertx.fidelity;

import static io.kakaorm.vertx.testing.TestDatabases.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kakaorm.Filter;
import io.kakaorm.QueryTranslationException;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.testing.TestDatabases;
import io.kakaorm.vertx.testing.TestDb;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * BigDecimal arithmetic, captured-map lookups and microsecond time bounds select what Java selects, on
 * every database, at the values where SQL's own rules differ (digits beyond a double, ties at .5, the
 * int limits, 23:59:59.999999 against {@code LocalTime.MAX}); what a database cannot keep exact is refused
 * with the lambda's line.
 */
@ExtendWith(TestDatabases.class)
class DecimalMapTimeTest {
    private static final String[] DECS = {
        "0.0050", "2.5000", "-2.5000", "1.4500", "2147483648.0000", "9007199254740993.0001", "-0.0001"
    };

    private static Database rows(TestDb testDb) {
        Database db = TestDatabases.open(testDb);
        await(db.createTable(EdgeRow.class));
        List<EdgeRow> base = EdgeValues.rows(7, DECS.length, true);
        for (int k = 0; k < DECS.length; k++) {
            EdgeRow r = base.get(k);
            r.dec = new BigDecimal(DECS[k]);
            r.ndec = k == 0 ? new BigDecimal("0.000000000000000000000000001") : null;
            r.s = new String[] {"a", "b", "c", "d", "e", "f", "g"}[k];
            r.tm = k == 1 ? LocalTime.of(23, 59, 59, 999_999_000) : LocalTime.of(k, 0);
            await(db.save(r));
        }
        return db;
    }

    private static List<String> select(Database db, Filter<EdgeRow> f) {
        return await(db.from(EdgeRow.class)
                .where(f)
                .orderBy(r -> r.id)
                .select(r -> r.s)
                .list());
    }

    /** What Java selects over the rows as read back. */
    private static List<String> java(Database db, Filter<EdgeRow> f) {
        return await(db.from(EdgeRow.class).orderBy(r -> r.id).list()).stream()
                .filter(r -> {
                    try {
                        return f.test(r);
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                })
                .map(r -> r.s)
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void decimalsComputeExactly(TestDb testDb) {
        Database db = rows(testDb);
        BigDecimal third = new BigDecimal("9007199254740993");
        List<Filter<EdgeRow>> filters = List.of(
                r -> r.dec.compareTo(third) > 0, // beyond a double's 53 bits: SQLite's REAL says equal
                r -> r.dec.setScale(1, RoundingMode.HALF_UP).compareTo(new BigDecimal("1.5")) == 0,
                r -> r.dec.setScale(0, RoundingMode.HALF_UP).compareTo(new BigDecimal("-3")) == 0,
                r -> r.dec.setScale(0, RoundingMode.DOWN).signum() == 0,
                r -> r.dec.intValue() < 0, // 2147483648 wraps to Integer.MIN_VALUE
                r -> r.dec.longValue() == 9007199254740993L,
                r -> r.dec.multiply(r.dec).compareTo(new BigDecimal("6.25")) == 0,
                r -> r.dec.add(BigDecimal.valueOf(r.i))
                                .subtract(BigDecimal.valueOf(r.i))
                                .compareTo(r.dec)
                        == 0,
                r -> r.dec.negate().abs().compareTo(new BigDecimal("0.005")) == 0);
        for (Filter<EdgeRow> f : filters) {
            List<String> expected = java(db, f);
            assertEquals(expected, select(db, f));
        }
        assertEquals(List.of("c", "e"), select(db, filters.get(4))); // -2.5 is -2, 2147483648 wraps
        assertEquals(List.of("f"), select(db, filters.get(0)));
        QueryTranslationException eq = assertThrows(
                QueryTranslationException.class, () -> select(db, r -> r.dec.equals(new BigDecimal("2.5"))));
        assertTrue(
                eq.getMessage().contains("compareTo") && eq.getMessage().contains("DecimalMapTimeTest.java:"),
                eq.getMessage());
        assertThrows(
                QueryTranslationException.class,
                () -> select(db, r -> r.dec.divide(BigDecimal.TEN).signum() > 0));
        Filter<EdgeRow> tiny = r -> r.ndec != null && r.ndec.multiply(r.ndec).signum() > 0;
        if (testDb == TestDb.MYSQL) {
            // 1E-27 squared needs 54 digits after the point; MariaDB's DECIMAL would round it to 0
            QueryTranslationException m = assertThrows(QueryTranslationException.class, () -> select(db, tiny));
            assertTrue(m.getMessage().contains("DecimalMapTimeTest.java:"), m.getMessage());
        } else {
            assertEquals(List.of("a"), select(db, tiny));
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void capturedMapsAndTimeBounds(TestDb testDb) {
        Database db = rows(testDb);
        Map<String, Integer> m = new HashMap<>(Map.of("a", 1, "b", 5, "c", -2));
        Map<String, Integer> m2 = Map.copyOf(m);
        m.put("d", null);
        List<Filter<EdgeRow>> filters = List.of(
                r -> m.containsKey(r.s) && m.get(r.s) != null && m.get(r.s) > 0,
                r -> m2.getOrDefault(r.s, 3) >= 3,
                r -> Objects.equals(m.get(r.s), null),
                r -> r.tm.isBefore(LocalTime.MAX),
                r -> r.tm.equals(LocalTime.MAX),
                r -> r.tm.compareTo(LocalTime.of(23, 59, 59, 999_999_500)) >= 0,
                r -> r.tm.getNano() == 999_999_000);
        for (Filter<EdgeRow> f : filters) {
            assertEquals(java(db, f), select(db, f));
        }
        assertEquals(List.of("b", "d", "e", "f", "g"), select(db, filters.get(1)));
        assertEquals(DECS.length, select(db, filters.get(3)).size());
        assertEquals(List.of("b"), select(db, filters.get(6)));
    }
}
