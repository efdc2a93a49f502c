package io.kakaorm.dialect.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The hand-written time texts equal the DateTimeFormatter ones SQLite columns were always written with. */
class FixedTimesTest {
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSSSSS");

    @Test
    void equalsTheFormatterOnEdgesAndRandomValues() {
        List<LocalDateTime> values = new ArrayList<>(List.of(
                LocalDateTime.MIN,
                LocalDateTime.MAX,
                LocalDateTime.of(0, 1, 1, 0, 0),
                LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_999),
                LocalDateTime.of(10000, 1, 1, 0, 0),
                LocalDateTime.of(-1, 12, 31, 23, 59, 59, 1_000),
                LocalDateTime.of(2024, 2, 29, 7, 5, 3, 999),
                LocalDateTime.of(1970, 1, 1, 0, 0, 0, 123_456_789)));
        Random r = new Random(42);
        for (int i = 0; i < 20_000; i++) {
            values.add(LocalDateTime.ofEpochSecond(
                    r.nextLong(-80_000_000_000L, 400_000_000_000L), r.nextInt(1_000_000_000), ZoneOffset.UTC));
        }
        SqliteTypes types = new SqliteTypes();
        for (LocalDateTime t : values) {
            assertEquals(LOCAL.format(t), types.toDb(t), t.toString());
            assertEquals(TIME.format(t.toLocalTime()), types.toDb(t.toLocalTime()), t.toString());
            OffsetDateTime o = t.atOffset(ZoneOffset.ofHours(r.nextInt(-12, 13)));
            assertEquals(INSTANT.format(o.withOffsetSameInstant(ZoneOffset.UTC)), types.toDb(o), o.toString());
            Instant in = o.toInstant();
            assertEquals(INSTANT.format(in.atOffset(ZoneOffset.UTC)), types.toDb(in), in.toString());
        }
        assertEquals("00:00:00.000000", types.toDb(LocalTime.MIDNIGHT));
        assertEquals("23:59:59.999999", types.toDb(LocalTime.MAX));
    }
}
