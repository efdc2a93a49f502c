package io.kakaorm.expr;

/** Functions of {@link Call}. */
public enum Function {
    LOWER, UPPER,
    /** Java's {@code String.length()}: UTF-16 code units. */
    LENGTH,
    /** Java's {@code String.trim()}: every character up to U+0020 removed at both ends. */
    TRIM,
    COALESCE, ABS,
    // ---- Java meaning that SQL spells differently on each database (see the lambda decoder) ----
    /** Java's {@code strip()}, {@code stripLeading()}, {@code stripTrailing()}: {@code Character.isWhitespace}. */
    STRIP, STRIP_LEADING, STRIP_TRAILING,
    /** A whole number computed in 64 bits from here on ({@code (long) x}). */
    TO_LONG,
    /** A long as the nearest double ({@code (double) x}): Java rounds, some databases compare exactly. */
    TO_DOUBLE,
    /** A 64-bit whole number narrowed as Java narrows to int / short: two's complement wrap-around. */
    WRAP_INT, WRAP_SHORT,
    /** Java's {@code (int)} / {@code (long)} of a floating-point value: toward zero, saturating at the limits. */
    TRUNC_INT, TRUNC_LONG,
    /** Java's {@code long} {@code + - * /} (args a, b): wraps around on overflow as Java does. */
    LONG_ADD, LONG_SUB, LONG_MUL, LONG_DIV,
    /** Date/time fields as Java's getters read them (ISO day of week, 1 = Monday; the value's own offset). */
    YEAR, MONTH, DAY_OF_MONTH, DAY_OF_YEAR, DAY_OF_WEEK, HOUR, MINUTE, SECOND,
    /** {@code toLocalDate()} of a date-time. */
    TO_DATE,
    /** {@code plusDays/plusMonths/plusSeconds(n)} (args x, n) with Java's calendar rules (month ends clamp). */
    PLUS_DAYS, PLUS_MONTHS, PLUS_SECONDS,
    /** {@code COUNT(*)} when called without arguments, {@code COUNT(x)} with one. */
    COUNT,
    /** {@code COUNT(DISTINCT x)}: the distinct non-null values. */
    COUNT_DISTINCT,
    SUM, AVG, MIN, MAX;

    /** Whether this is an aggregate function. */
    public boolean isAggregate() {
        return ordinal() >= COUNT.ordinal();
    }
}
