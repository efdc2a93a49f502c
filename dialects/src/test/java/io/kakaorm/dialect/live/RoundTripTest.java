package io.kakaorm.dialect.live;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.kakaorm.Column;
import io.kakaorm.Model;
import io.kakaorm.dialect.Dialect;
import io.kakaorm.dialect.Models.Status;
import io.kakaorm.expr.Binary;
import io.kakaorm.expr.BinaryOp;
import io.kakaorm.expr.ColumnRef;
import io.kakaorm.expr.ColumnType;
import io.kakaorm.expr.Param;
import io.kakaorm.meta.ColumnMeta;
import io.kakaorm.meta.ModelMeta;
import io.kakaorm.query.Insert;
import io.kakaorm.query.Select;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every Java type through toDb, the real driver and fromDb comes back exactly (or as documented). */
class RoundTripTest {

    public static class RoundTrip extends Model<RoundTrip> {
        public Short s;
        public Integer i;
        public Long l;
        public Float f;
        public Double d;
        public Boolean b;
        public String text;

        @Column(maxLength = 20)
        public String bounded;

        @Column(precision = 20, scale = 4)
        public BigDecimal fixed;

        public BigDecimal free;
        public OffsetDateTime odt;
        public Instant instant;
        public LocalDateTime ldt;
        public LocalDate date;
        public LocalTime time;
        public UUID uuid;
        public byte[] bytes;
        public Status status;
    }

    static final ModelMeta<RoundTrip> META = ModelMeta.of(RoundTrip.class);

    static Object[] edges() {
        return new Object[] {
            Short.MIN_VALUE,
            Integer.MIN_VALUE,
            Long.MAX_VALUE,
            0.1f,
            Math.PI,
            true,
            "emoji 😀 ünï 'q' \\ \"d\" %_",
            "Aa%_",
            new BigDecimal("12345.6789"),
            new BigDecimal("1.50"),
            OffsetDateTime.parse("2024-03-10T12:34:56.123456+05:30"),
            Instant.parse("2024-01-01T00:00:00.000001Z"),
            LocalDateTime.parse("2024-02-29T23:59:59.999999"),
            LocalDate.parse("1999-12-31"),
            LocalTime.parse("23:59:59.999999"),
            UUID.fromString("123e4567-e89b-12d3-a456-426614174000"),
            new byte[] {0, -1, 0, 127},
            Status.PUBLISHED
        };
    }

    static Object[] otherEdges() {
        return new Object[] {
            Short.MAX_VALUE,
            Integer.MAX_VALUE,
            Long.MIN_VALUE,
            -Float.MAX_VALUE,
            -1.0e-300,
            false,
            "",
            "",
            new BigDecimal("-0.0001"),
            new BigDecimal("-123456789012345678901234567890.123"),
            OffsetDateTime.parse("1970-01-01T00:00:00Z"),
            Instant.parse("2038-01-19T03:14:08Z"),
            LocalDateTime.parse("0001-01-01T00:00:00"),
            LocalDate.parse("9999-12-31"),
            LocalTime.MIDNIGHT,
            new UUID(0, 0),
            new byte[0],
            Status.DRAFT
        };
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void everyTypeRoundTrips(TestDb db) {
        try (LiveDb live = db.open()) {
            Dialect d = live.dialect();
            d.createTable(META, false).forEach(live::execute);
            List<ColumnMeta> cols = META.columns().subList(1, META.columns().size());
            for (Object[] values : List.of(edges(), otherEdges(), new Object[cols.size()])) {
                Object key = live.insert(d.insert(new Insert(META, cols, true), values));
                Select byId = Select.from(META)
                        .withWhere(new Binary(
                                BinaryOp.EQ, new ColumnRef(META.primaryKey()), new Param(0, ColumnType.LONG)));
                List<Object> row = live.query(d.select(byId, new Object[] {((Number) key).longValue()}))
                        .get(0);
                for (int c = 0; c < cols.size(); c++) {
                    ColumnMeta col = cols.get(c);
                    Object back = d.fromDb(row.get(c + 1), col.type(), col.javaType());
                    assertSame(db, col, values[c], back);
                }
            }
            d.dropTable(META, false).forEach(live::execute);
        }
    }

    private static void assertSame(TestDb db, ColumnMeta col, Object expected, Object actual) {
        String what = db + " " + col.name();
        if (expected == null) {
            assertNull(actual, what);
        } else if (expected instanceof byte[] b) {
            assertArrayEquals(b, (byte[]) actual, what);
        } else if (expected instanceof OffsetDateTime o) {
            // the same instant, read back at UTC on every database
            assertEquals(o.withOffsetSameInstant(ZoneOffset.UTC), actual, what);
        } else if (expected instanceof BigDecimal x && db == TestDb.MYSQL && col.precision() == 0) {
            // MySQL has no unconstrained DECIMAL: DECIMAL(65, 30) keeps the value, not the scale
            assertEquals(x.setScale(30), actual, what);
        } else {
            assertEquals(expected, actual, what);
            assertEquals(expected.getClass(), actual.getClass(), what);
        }
    }
}
