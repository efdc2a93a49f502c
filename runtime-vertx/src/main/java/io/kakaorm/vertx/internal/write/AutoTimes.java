package io.kakaorm.vertx.internal.write;

import io.kakaorm.meta.ColumnMeta;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

/** Fills {@code @AutoNowAdd} / {@code @AutoNow} fields with the current time, truncated to microseconds. */
final class AutoTimes {
    private AutoTimes() {}

    static void fill(Object model, ColumnMeta c, boolean insert) {
        if (c.autoNow() || (insert && c.autoNowAdd())) {
            c.set(model, now(c.javaType()));
        }
    }

    static Object now(Class<?> type) {
        if (type == OffsetDateTime.class) {
            return OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
        }
        if (type == Instant.class) {
            return Instant.now().truncatedTo(ChronoUnit.MICROS);
        }
        if (type == LocalDateTime.class) {
            return LocalDateTime.now().truncatedTo(ChronoUnit.MICROS);
        }
        if (type == LocalDate.class) {
            return LocalDate.now();
        }
        if (type == LocalTime.class) {
            return LocalTime.now().truncatedTo(ChronoUnit.MICROS);
        }
        throw new IllegalStateException("@AutoNow/@AutoNowAdd on a " + type.getSimpleName() + " field");
    }
}
