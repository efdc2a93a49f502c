package io.kakaorm.vertx.it;

import static io.kakaorm.vertx.testing.TestDatabases.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kakaorm.meta.ColumnMeta;
import io.kakaorm.meta.ModelMeta;
import io.kakaorm.spi.ModelState;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.spi.DatabaseAccess;
import io.kakaorm.vertx.testing.TestDatabases;
import io.kakaorm.vertx.testing.TestDb;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@ExtendWith(TestDatabases.class)
class TypesTest {

    static Gadget low() {
        Gadget g = new Gadget();
        g.shortV = Short.MIN_VALUE;
        g.intV = Integer.MIN_VALUE;
        g.longV = Long.MIN_VALUE;
        g.floatV = -1.5f;
        g.doubleV = -Math.PI;
        g.boolV = false;
        g.text = "Ünïcödé 😀 emoji, 'quotes', \\backslash, 漢字";
        g.label = "x".repeat(40);
        g.price = new BigDecimal("-1234567890123456.1200");
        g.odt = OffsetDateTime.of(2024, 5, 6, 7, 8, 9, 123_456_000, ZoneOffset.ofHoursMinutes(9, 30));
        g.instant = Instant.parse("1999-12-31T23:59:59.999999Z");
        g.ldt = LocalDateTime.of(2024, 2, 29, 23, 59, 59, 123_456_000);
        g.ld = LocalDate.of(1000, 1, 1);
        g.lt = LocalTime.of(0, 0, 0, 1000);
        g.uuid = new UUID(0, 1);
        g.bytes = new byte[] {0, 1, 0, (byte) 0xff, 0};
        g.color = Gadget.Color.RED;
        g.count = Integer.MIN_VALUE;
        g.flag = false;
        return g;
    }

    static Gadget high() {
        Gadget g = new Gadget();
        g.shortV = Short.MAX_VALUE;
        g.intV = Integer.MAX_VALUE;
        g.longV = Long.MAX_VALUE;
        g.floatV = 3.25f;
        g.doubleV = 1.0e300;
        g.boolV = true;
        g.text = "";
        g.label = "";
        g.price = new BigDecimal("0.0001");
        g.odt = OffsetDateTime.of(2038, 1, 19, 3, 14, 8, 999_999_000, ZoneOffset.ofHours(-7));
        g.instant = Instant.parse("2100-01-01T00:00:00Z");
        g.ldt = LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_000);
        g.ld = LocalDate.of(9999, 12, 31);
        g.lt = LocalTime.of(23, 59, 59, 999_999_000);
        g.uuid = UUID.randomUUID();
        g.bytes = new byte[0];
        g.color = Gadget.Color.BLUE;
        g.count = Integer.MAX_VALUE;
        g.flag = true;
        return g;
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void everyTypeRoundTripsExactlyWithEdgeValues(TestDb which) {
        Database db = TestDatabases.open(which);
        await(db.createTable(Gadget.class));
        for (Gadget g : new Gadget[] {low(), high()}) {
            ModelState.attach(g, DatabaseAccess.engine(db), false);
            await(g.save());
            Gadget back = await(db.get(Gadget.class, g.id));
            assertSameValues(g, back);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void nullsStayNull(TestDb which) {
        Database db = TestDatabases.open(which);
        await(db.createTable(Gadget.class));
        Gadget g = await(db.create(Gadget.class, x -> {}));
        Gadget back = await(db.get(Gadget.class, g.id));
        for (ColumnMeta c : ModelMeta.of(Gadget.class).columns()) {
            if (!c.javaType().isPrimitive() && !c.primaryKey()) {
                assertNull(c.get(back), c.fieldName());
            }
        }
        assertEquals(0, back.count);
        assertEquals(false, back.flag);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void booleansReadBackAsBooleansAndDecimalsKeepScale(TestDb which) {
        Database db = TestDatabases.open(which);
        await(db.createTable(Gadget.class));
        Gadget g = await(db.create(Gadget.class, x -> {
            x.boolV = true;
            x.price = new BigDecimal("10.5000");
        }));
        Gadget back = await(db.get(Gadget.class, g.id));
        assertEquals(Boolean.TRUE, back.boolV);
        assertEquals("10.5000", back.price.toPlainString());
        assertEquals(4, back.price.scale());
    }

    static void assertSameValues(Gadget expected, Gadget actual) {
        for (ColumnMeta c : ModelMeta.of(Gadget.class).columns()) {
            Object e = c.get(expected);
            Object a = c.get(actual);
            String what = c.fieldName() + ": " + e + " vs " + a;
            if (e instanceof byte[] eb) {
                assertArrayEquals(eb, (byte[]) a, what);
            } else if (e instanceof OffsetDateTime eo) {
                assertTrue(eo.isEqual((OffsetDateTime) a), what);
            } else if (e instanceof BigDecimal ed) {
                assertEquals(ed, a, what); // equals: value and scale
            } else {
                assertEquals(e, a, what);
            }
        }
    }
}
