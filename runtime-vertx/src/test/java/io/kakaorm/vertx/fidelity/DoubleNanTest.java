package io.kakaorm.vertx.fidelity;

import static io.kakaorm.vertx.testing.TestDatabases.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kakaorm.Filter;
import io.kakaorm.Model;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.testing.TestDatabases;
import io.kakaorm.vertx.testing.TestDb;
import java.util.List;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Double arithmetic whose Java result is NaN or an infinity (found by the fidelity generator, seed
 * 1845612519: {@code r.d * r.j * (r.d * …) != (double) r.l} with {@code d = -1e300}). SQLite keeps an
 * infinity but stores NaN as NULL, which {@code !=} read as "not selected" where Java says true: SQLite now
 * computes {@code + - *} of doubles as Java does and fails the query on a NaN. PostgreSQL and MariaDB
 * fail already when the arithmetic overflows. No database returns other rows than Java.
 */
@ExtendWith(TestDatabases.class)
class DoubleNanTest {
    /** Doubles at the edges. */
    public static class Dbl extends Model<Dbl> {
        public double big;
        public double zero;
        public double one;

        static Dbl of(double big, double zero, double one) {
            Dbl d = new Dbl();
            d.big = big;
            d.zero = zero;
            d.one = one;
            return d;
        }
    }

    private static List<Long> ids(Database db, Filter<Dbl> f) {
        return await(
                db.from(Dbl.class).where(f).orderBy(r -> r.id).select(r -> r.id).list());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void aNaNFailsTheQueryAndAnInfinityComparesAsInJava(TestDb testDb) {
        Database db = TestDatabases.open(testDb);
        await(db.createTable(Dbl.class));
        try {
            await(db.save(Dbl.of(1e300, 0.0, 1.0)));
            await(db.save(Dbl.of(2.0, 0.0, 1.0)));
            // Java: 1e300 * 1e300 * 0.0 is Infinity * 0.0 = NaN, and NaN != 1.0 is true
            Filter<Dbl> nan = r -> r.big * r.big * r.zero != r.one;
            RuntimeException e = assertThrows(RuntimeException.class, () -> ids(db, nan));
            if (testDb == TestDb.SQLITE) {
                assertTrue(String.valueOf(e.getMessage()).contains("which SQLite cannot hold"), e.getMessage());
            }
            // no NaN, no overflow: every database answers as Java
            Filter<Dbl> plain = r -> r.big * r.one - r.big != r.zero;
            assertEquals(List.of(), ids(db, plain));
            if (testDb == TestDb.SQLITE) {
                // Java: 1e300 * 1e300 is Infinity (SQLite keeps it; PostgreSQL and MariaDB fail on the overflow)
                assertEquals(List.of(1L), ids(db, r -> r.big * r.big > 1e308));
            }
        } finally {
            await(db.dropTable(Dbl.class));
        }
    }
}
