package io.kakaorm.dialect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kakaorm.expr.ColumnType;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** A column's {@link ValueReader}, chosen once, returns exactly what {@link Dialect#fromDb} returns. */
class ValueReaderTest {
    enum Colour {
        RED,
        GREEN
    }

    private static final List<Object> VALUES = Arrays.asList(
            null,
            (short) 3,
            4,
            5L,
            1.5f,
            2.25,
            (byte) 1,
            BigInteger.TEN,
            new BigDecimal("12.50"),
            "7",
            "true",
            "t",
            "0",
            true,
            false,
            "2026-11-25 16:30:01.123456",
            "2026-11-25T16:30:01",
            "2026-11-25T16:30:01+02:00",
            "2026-11-25",
            "16:30:01",
            LocalDateTime.of(2026, 11, 25, 16, 30, 1),
            LocalDate.of(2026, 11, 25),
            LocalTime.of(16, 30),
            Duration.ofMinutes(90),
            OffsetDateTime.of(2026, 11, 25, 16, 30, 1, 0, ZoneOffset.ofHours(2)),
            Instant.parse("2026-11-25T16:30:01Z"),
            UUID.fromString("123e4567-e89b-12d3-a456-426614174000"),
            "123e4567-e89b-12d3-a456-426614174000",
            new byte[] {1, 2},
            Buffer.buffer("ab"),
            "RED",
            Colour.GREEN,
            "{\"a\": [1, null]}",
            new JsonObject().put("b", 2),
            new JsonArray().add(1));

    @Test
    void everyTypeOnEveryDialectConvertsAsFromDb() {
        int compared = 0;
        for (Dialect d : List.of(SqlCase.PG, SqlCase.MYSQL, SqlCase.SQLITE)) {
            for (ColumnType type : ColumnType.values()) {
                Class<?> javaType = javaType(type);
                ValueReader reader = d.reader(type, javaType);
                for (Object v : VALUES) {
                    Object expected = outcome(() -> d.fromDb(v, type, javaType));
                    Object actual = outcome(() -> reader.read(v));
                    String what = d + " " + type + " " + v;
                    if (expected instanceof byte[] b) {
                        assertArrayEquals(b, (byte[]) actual, what);
                    } else {
                        assertEquals(expected, actual, what);
                    }
                    compared++;
                }
            }
        }
        assertEquals(3 * ColumnType.values().length * VALUES.size(), compared);
    }

    /** The value, or the class of the exception thrown. */
    private static Object outcome(Supplier<Object> s) {
        try {
            return s.get();
        } catch (RuntimeException e) {
            return e.getClass();
        }
    }

    private static Class<?> javaType(ColumnType t) {
        return switch (t) {
            case SHORT -> Short.class;
            case INT -> Integer.class;
            case LONG -> Long.class;
            case FLOAT -> Float.class;
            case DOUBLE -> Double.class;
            case BOOLEAN -> Boolean.class;
            case STRING -> String.class;
            case DECIMAL -> BigDecimal.class;
            case OFFSET_DATE_TIME -> OffsetDateTime.class;
            case INSTANT -> Instant.class;
            case LOCAL_DATE_TIME -> LocalDateTime.class;
            case LOCAL_DATE -> LocalDate.class;
            case LOCAL_TIME -> LocalTime.class;
            case UUID -> UUID.class;
            case BYTES -> byte[].class;
            case ENUM -> Colour.class;
            case JSON -> JsonObject.class;
        };
    }
}
