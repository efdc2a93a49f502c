package io.kakaorm.dialect.sql;

import io.kakaorm.dialect.ValueReader;
import io.kakaorm.meta.ColumnType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Date/time values as drivers return them, converted to the column's Java type. Values without an
 * offset stand for UTC (MySQL and SQLite store instants that way); text is ISO-8601, with a space or a
 * {@code T} between date and time.
 */
final class Temporals {
    private Temporals() {
    }

    static Object convert(Object v, ColumnType type) {
        return switch (type) {
            case OFFSET_DATE_TIME -> offsetDateTime(v);
            case INSTANT -> v instanceof Instant i ? i : offsetDateTime(v).toInstant();
            case LOCAL_DATE_TIME -> localDateTime(v);
            case LOCAL_DATE -> v instanceof LocalDate d ? d
                    : v instanceof LocalDateTime t ? t.toLocalDate() : LocalDate.parse(v.toString());
            case LOCAL_TIME -> v instanceof LocalTime t ? t
                    : v instanceof Duration d ? LocalTime.ofNanoOfDay(d.toNanos()) : LocalTime.parse(v.toString());
            default -> throw new IllegalArgumentException(type + " is not a date/time type");
        };
    }

    /** {@link #convert} for one type, chosen once ({@code null} stays {@code null}). */
    static ValueReader reader(ColumnType type) {
        return switch (type) {
            case OFFSET_DATE_TIME -> v -> v == null ? null : offsetDateTime(v);
            case INSTANT -> v -> v == null || v instanceof Instant ? v : offsetDateTime(v).toInstant();
            case LOCAL_DATE_TIME -> v -> v == null ? null : localDateTime(v);
            case LOCAL_DATE -> v -> v == null || v instanceof LocalDate ? v
                    : v instanceof LocalDateTime t ? t.toLocalDate() : LocalDate.parse(v.toString());
            case LOCAL_TIME -> v -> v == null || v instanceof LocalTime ? v
                    : v instanceof Duration d ? LocalTime.ofNanoOfDay(d.toNanos()) : LocalTime.parse(v.toString());
            default -> throw new IllegalArgumentException(type + " is not a date/time type");
        };
    }

    private static OffsetDateTime offsetDateTime(Object v) {
        if (v instanceof OffsetDateTime o) {
            return o;
        }
        if (v instanceof Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        if (v instanceof LocalDateTime t) {
            return t.atOffset(ZoneOffset.UTC);
        }
        String s = v.toString().replace(' ', 'T');
        try {
            return OffsetDateTime.parse(s);
        } catch (DateTimeParseException e) {
            return LocalDateTime.parse(s).atOffset(ZoneOffset.UTC);
        }
    }

    private static LocalDateTime localDateTime(Object v) {
        if (v instanceof LocalDateTime t) {
            return t;
        }
        if (v instanceof OffsetDateTime o) {
            return o.toLocalDateTime();
        }
        return LocalDateTime.parse(v.toString().replace(' ', 'T'));
    }
}
