package io.kakaorm.dialect.sql;

import io.kakaorm.dialect.ValueReader;
import io.kakaorm.expr.ColumnType;
import java.time.DateTimeException;
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
    private Temporals() {}

    static Object convert(Object v, ColumnType type) {
        return switch (type) {
            case OFFSET_DATE_TIME -> offsetDateTime(v);
            case INSTANT -> v instanceof Instant i ? i : offsetDateTime(v).toInstant();
            case LOCAL_DATE_TIME -> localDateTime(v);
            case LOCAL_DATE ->
                v instanceof LocalDate d
                        ? d
                        : v instanceof LocalDateTime t ? t.toLocalDate() : LocalDate.parse(v.toString());
            case LOCAL_TIME ->
                v instanceof LocalTime t
                        ? t
                        : v instanceof Duration d ? LocalTime.ofNanoOfDay(d.toNanos()) : LocalTime.parse(v.toString());
            default -> throw new IllegalArgumentException(type + " is not a date/time type");
        };
    }

    /** {@link #convert} for one type, chosen once ({@code null} stays {@code null}). */
    static ValueReader reader(ColumnType type) {
        return switch (type) {
            case OFFSET_DATE_TIME -> v -> v == null ? null : offsetDateTime(v);
            case INSTANT ->
                v -> v == null || v instanceof Instant ? v : offsetDateTime(v).toInstant();
            case LOCAL_DATE_TIME -> v -> v == null ? null : localDateTime(v);
            case LOCAL_DATE ->
                v -> v == null || v instanceof LocalDate
                        ? v
                        : v instanceof LocalDateTime t ? t.toLocalDate() : LocalDate.parse(v.toString());
            case LOCAL_TIME ->
                v -> v == null || v instanceof LocalTime
                        ? v
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
        return parseLocalDateTime(v.toString());
    }

    /**
     * {@code LocalDateTime.parse(text.replace(' ', 'T'))} without {@code DateTimeFormatter} for the layout
     * SQLite stores, {@code yyyy-MM-dd[ T]HH:mm[:ss[.f…]]} (1–9 fraction digits); any other text, or an
     * out-of-range field, goes through {@code LocalDateTime.parse} as before (same result, same exception).
     */
    static LocalDateTime parseLocalDateTime(String s) {
        int n = s.length();
        if (n >= 16
                && n <= 29
                && s.charAt(4) == '-'
                && s.charAt(7) == '-'
                && (s.charAt(10) == ' ' || s.charAt(10) == 'T')
                && s.charAt(13) == ':') {
            int year = digits(s, 0, 4);
            int month = digits(s, 5, 7);
            int day = digits(s, 8, 10);
            int hour = digits(s, 11, 13);
            int minute = digits(s, 14, 16);
            int second = 0;
            int nano = 0;
            boolean ok = (year | month | day | hour | minute) >= 0;
            if (ok && n > 16) {
                ok = n >= 19 && s.charAt(16) == ':' && (second = digits(s, 17, 19)) >= 0;
                if (ok && n > 19) {
                    int fraction = s.charAt(19) == '.' && n > 20 ? digits(s, 20, n) : -1;
                    ok = fraction >= 0;
                    if (ok) {
                        nano = fraction;
                        for (int i = n - 20; i < 9; i++) {
                            nano *= 10;
                        }
                    }
                }
            }
            if (ok) {
                try {
                    return LocalDateTime.of(year, month, day, hour, minute, second, nano);
                } catch (DateTimeException e) {
                    // out of range: let the formatter report it as before
                }
            }
        }
        return LocalDateTime.parse(s.replace(' ', 'T'));
    }

    /** The decimal number in {@code s[from, to)}, or -1 if a character is not an ASCII digit. */
    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
