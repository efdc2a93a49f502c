package io.kakaorm.dialect.sqlite;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/**
 * The fixed-width ISO texts SQLite keeps times as ({@code uuuu-MM-dd'T'HH:mm:ss.SSSSSS}, optionally with a
 * trailing {@code Z}; {@code HH:mm:ss.SSSSSS}), written into a char array: a bulk insert formats one per row,
 * and {@link DateTimeFormatter} was a tenth of its CPU. Years outside 0–9999 go through the formatter (its
 * sign and width rules), so the text is always the formatter's.
 */
final class FixedTimes {
    private FixedTimes() {}

    /** {@code t} as {@code fallback} would print it ({@code uuuu-MM-dd'T'HH:mm:ss.SSSSSS} + {@code suffix}). */
    static String dateTime(LocalDateTime t, String suffix, DateTimeFormatter fallback) {
        LocalDate d = t.toLocalDate();
        int year = d.getYear();
        if (year < 0 || year > 9999) {
            return fallback.format(t);
        }
        char[] c = new char[26 + suffix.length()];
        digits(c, 0, year, 4);
        c[4] = '-';
        digits(c, 5, d.getMonthValue(), 2);
        c[7] = '-';
        digits(c, 8, d.getDayOfMonth(), 2);
        c[10] = 'T';
        time(c, 11, t.toLocalTime());
        suffix.getChars(0, suffix.length(), c, 26);
        return new String(c);
    }

    /** {@code HH:mm:ss.SSSSSS}. */
    static String time(LocalTime t) {
        char[] c = new char[15];
        time(c, 0, t);
        return new String(c);
    }

    private static void time(char[] c, int at, LocalTime t) {
        digits(c, at, t.getHour(), 2);
        c[at + 2] = ':';
        digits(c, at + 3, t.getMinute(), 2);
        c[at + 5] = ':';
        digits(c, at + 6, t.getSecond(), 2);
        c[at + 8] = '.';
        digits(c, at + 9, t.getNano() / 1000, 6); // SSSSSS truncates to microseconds
    }

    private static void digits(char[] c, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            c[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}
