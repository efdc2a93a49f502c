package io.kakaorm.dialect.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The fixed-layout timestamp parser gives what {@code LocalDateTime.parse} gives, exceptions included. */
class TemporalsParseTest {

    @Test
    void sameResultAsTheFormatterForValidAndInvalidText() {
        List<String> texts = new ArrayList<>(List.of(
                "2026-11-25 16:30:01",
                "2026-11-25T16:30:01",
                "2026-11-25 16:30",
                "2026-11-25 16:30:01.5",
                "2026-11-25 16:30:01.123456",
                "2026-11-25 16:30:01.123456789",
                "2026-11-25 16:30:01.1234567891",
                "2026-11-25 16:30:01.",
                "2026-02-30 10:00:00",
                "2026-13-01 10:00:00",
                "2026-11-25 24:00:00",
                "2026-11-25 23:59:60",
                "2026-11-25 16:30:1",
                "2026-11-25  16:30:01",
                "2026-11-25 16:30:01 ",
                "+2026-11-25T16:30:01",
                "0000-01-01 00:00:00",
                "2026-11-25",
                "2026-11-25 16",
                "2026/11/25 16:30:01",
                "2026-11-25X16:30:01",
                "2026-11-25 16:30:01Z",
                "2026-11-25 16:30:01.12a",
                "abcd-ef-gh ij:kl:mn",
                "2024-02-29 12:00:00"));
        Random r = new Random(42);
        for (int i = 0; i < 2000; i++) {
            LocalDateTime t = LocalDateTime.of(
                    1 + r.nextInt(9998),
                    1 + r.nextInt(12),
                    1 + r.nextInt(28),
                    r.nextInt(24),
                    r.nextInt(60),
                    r.nextInt(60),
                    r.nextInt(1_000_000_000));
            String iso = t.toString();
            texts.add(r.nextBoolean() ? iso.replace('T', ' ') : iso);
        }
        for (String s : texts) {
            assertEquals(
                    outcome(() -> LocalDateTime.parse(s.replace(' ', 'T'))),
                    outcome(() -> Temporals.parseLocalDateTime(s)),
                    s);
        }
    }

    private static Object outcome(Supplier<Object> s) {
        try {
            return s.get();
        } catch (RuntimeException e) {
            return e.getClass();
        }
    }
}
