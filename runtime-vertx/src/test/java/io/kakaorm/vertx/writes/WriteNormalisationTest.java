package io.kakaorm.vertx.writes;

import static io.kakaorm.vertx.testing.TestDatabases.await;
import static io.kakaorm.vertx.testing.TestDatabases.awaitFailure;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kakaorm.Model;
import io.kakaorm.ValidationException;
import io.kakaorm.meta.ColumnMeta;
import io.kakaorm.meta.ModelMeta;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.it.Gadget;
import io.kakaorm.vertx.testing.TestDatabases;
import io.kakaorm.vertx.testing.TestDb;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What is saved is what is read: after save() the instance equals a fresh read, field by field ({@code equals}). */
@ExtendWith(TestDatabases.class)
class WriteNormalisationTest {
    /** PostgreSQL and MariaDB round a decimal half-up to its column's scale; SQLite keeps the exact text. */
    private static final Map<TestDb, List<String>> KEPT = Map.of(
            TestDb.POSTGRES, List.of("12.3457", "-0.0001", "2.718", "-1234.57"),
            TestDb.MYSQL, List.of("12.3457", "-0.0001", "2.718", "-1234.57"),
            TestDb.SQLITE, List.of("12.34565", "-0.00005", "2.71828", "-1234.565"));

    /** Values finer than any column keeps: nanoseconds, a non-UTC offset, a decimal beyond its scale. */
    static Gadget fine(int nanos, String price, ZoneOffset offset) {
        Gadget g = new Gadget();
        g.shortV = (short) -7;
        g.intV = 42;
        g.longV = 1L << 40;
        g.floatV = 0.1f;
        g.doubleV = 0.1 + 0.2;
        g.boolV = true;
        g.text = "naïve 😀";
        g.label = "label ";
        g.price = new BigDecimal(price);
        g.odt = OffsetDateTime.of(2024, 5, 6, 7, 8, 9, nanos, offset);
        g.instant = Instant.parse("1999-12-31T23:59:59Z").plusNanos(nanos);
        g.ldt = LocalDateTime.of(1969, 12, 31, 23, 59, 59, nanos);
        g.ld = LocalDate.of(2024, 2, 29);
        g.lt = LocalTime.of(13, 14, 15, nanos);
        g.uuid = UUID.randomUUID();
        g.bytes = new byte[] {1, 2, 3};
        g.color = Gadget.Color.GREEN;
        g.count = 3;
        g.flag = true;
        return g;
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void everyType_afterInsertAndUpdate_equalsAFreshRead(TestDb which) {
        Database db = TestDatabases.open(which);
        await(db.createTable(Gadget.class));
        Gadget g = fine(123_456_789, "12.34565", ZoneOffset.ofHoursMinutes(9, 30));
        await(db.save(g));
        assertEqualsFreshRead(db, g);
        assertEquals(ZoneOffset.UTC, g.odt.getOffset());
        assertEquals(123_456_000, g.lt.getNano(), "truncated to microseconds");
        assertEquals(new BigDecimal(KEPT.get(which).get(0)), g.price, "rounded half-up to scale 4 (not on SQLite)");

        Gadget edited = fine(999_999_999, "-0.00005", ZoneOffset.ofHours(-8));
        for (ColumnMeta c : ModelMeta.of(Gadget.class).columns()) {
            if (!c.primaryKey()) {
                c.set(g, c.get(edited));
            }
        }
        await(g.save());
        assertEqualsFreshRead(db, g);
        assertEquals(new BigDecimal(KEPT.get(which).get(1)), g.price, "half-up rounds away from zero");
        assertEquals(LocalTime.of(13, 14, 15, 999_999_000), g.lt);
        assertEquals(edited.odt.toInstant().truncatedTo(ChronoUnit.MICROS), g.odt.toInstant());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void bulkCreatedInstances_equalAFreshRead_andHaveNoChanges(TestDb which) {
        Database db = TestDatabases.open(which);
        await(db.createTable(Gadget.class));
        List<Gadget> made = await(db.bulkCreate(List.of(
                fine(123_456_789, "1.23456", ZoneOffset.ofHours(3)), fine(1, "-7.00005", ZoneOffset.ofHours(-3)))));
        for (Gadget g : made) {
            assertEqualsFreshRead(db, g);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void decimals_keepWhatTheColumnKeeps(TestDb which) {
        Database db = TestDatabases.open(which);
        await(db.createTable(Amounts.class));
        Amounts a = new Amounts();
        a.free = new BigDecimal("1E+3");
        a.scaled = new BigDecimal("2.71828");
        a.money = new BigDecimal(which == TestDb.SQLITE ? "10000" : "9999.995");
        ValidationException tooBig = assertInstanceOf(ValidationException.class, awaitFailure(db.save(a)));
        assertEquals("money", tooBig.field(), "more than 4 integer digits (9999.995 rounds to 10000.00)");
        a.money = new BigDecimal("-1234.565");
        await(db.save(a));
        assertEqualsFreshRead(db, a);
        assertEquals(new BigDecimal(KEPT.get(which).get(2)), a.scaled);
        assertEquals(new BigDecimal(KEPT.get(which).get(3)), a.money);
        assertEquals(0, new BigDecimal("1000").compareTo(a.free));

        a.free = new BigDecimal("0.1").setScale(40, RoundingMode.UNNECESSARY).add(new BigDecimal("1E-40"));
        await(a.save());
        assertEqualsFreshRead(db, a);
    }

    @SuppressWarnings("unchecked")
    static <T extends Model<T>> void assertEqualsFreshRead(Database db, T saved) {
        ModelMeta<T> meta = (ModelMeta<T>) ModelMeta.of(saved.getClass());
        T back = await(db.get(meta.modelClass(), meta.primaryKey().get(saved)));
        for (ColumnMeta c : meta.columns()) {
            Object s = c.get(saved);
            Object r = c.get(back);
            String what = c.fieldName() + ": saved " + s + " vs read " + r;
            if (s instanceof byte[] sb) {
                assertArrayEquals(sb, (byte[]) r, what);
            } else {
                assertEquals(s, r, what);
            }
        }
        assertTrue(!saved.hasChanges(), "the saved instance has no changes: " + saved.changedFields());
    }
}
