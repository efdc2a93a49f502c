package io.kakaorm.expr;

/** Functions of {@link Call}. */
public enum Function {
    LOWER,
    UPPER,
    /** Java's {@code String.length()}: UTF-16 code units. */
    LENGTH,
    /** Java's {@code String.trim()}: every character up to U+0020 removed at both ends. */
    TRIM,
    COALESCE,
    ABS,
    // ---- Java meaning that SQL spells differently on each database (see the lambda decoder) ----
    /** Java's {@code strip()}, {@code stripLeading()}, {@code stripTrailing()}: {@code Character.isWhitespace}. */
    STRIP,
    STRIP_LEADING,
    STRIP_TRAILING,
    /** A whole number computed in 64 bits from here on ({@code (long) x}). */
    TO_LONG,
    /** A long as the nearest double ({@code (double) x}): Java rounds, some databases compare exactly. */
    TO_DOUBLE,
    /** A 64-bit whole number narrowed as Java narrows to int / short: two's complement wrap-around. */
    WRAP_INT,
    WRAP_SHORT,
    /** Java's {@code (int)} / {@code (long)} of a floating-point value: toward zero, saturating at the limits. */
    TRUNC_INT,
    TRUNC_LONG,
    /** Java's {@code long} {@code + - * /} (args a, b): wraps around on overflow as Java does. */
    LONG_ADD,
    LONG_SUB,
    LONG_MUL,
    LONG_DIV,
    /** Date/time fields as Java's getters read them (ISO day of week, 1 = Monday; the value's own offset). */
    YEAR,
    MONTH,
    DAY_OF_MONTH,
    DAY_OF_YEAR,
    DAY_OF_WEEK,
    HOUR,
    MINUTE,
    SECOND,
    /** {@code toLocalDate()} of a date-time. */
    TO_DATE,
    /** {@code plusDays/plusMonths/plusSeconds(n)} (args x, n) with Java's calendar rules (month ends clamp). */
    PLUS_DAYS,
    PLUS_MONTHS,
    PLUS_SECONDS,
    // ---- Java meaning added for the coverage issue (#16) ----
    /** {@code Math.floor(double)}, {@code Math.ceil(double)}: a double (-0.0 and 0.0 compare equal). */
    FLOOR,
    CEIL,
    /** Java's {@code & | ^} on int or long values (args a, b), in 64-bit two's complement. */
    BIT_AND,
    BIT_OR,
    BIT_XOR,
    /**
     * Java's {@code s.substring(begin, end)} in UTF-16 units (args s, begin, end; {@code end} NULL for
     * {@code substring(begin)}). Out of range it fails the query, as Java throws; splitting a surrogate pair
     * fails it too on PostgreSQL and MariaDB (their text cannot hold half a character).
     */
    SUBSTRING16,
    /** Java's {@code s.charAt(i)} (args s, i): the UTF-16 code unit as an int; out of range it fails the query. */
    CHAR_AT,
    /** Java's {@code s.startsWith(prefix, offset)} (args s, prefix, offset): false out of range, as Java. */
    STARTS_WITH_AT,
    /** Java's {@code s.indexOf(t)} / {@code s.lastIndexOf(t)} (args s, t): a UTF-16 index, -1 when absent. */
    INDEX_OF,
    LAST_INDEX_OF,
    /** Java's {@code s.repeat(n)} (args s, n): fails the query for a negative n, as Java throws. */
    REPEAT,
    /** Java's {@code s.replace(target, replacement)} for a non-empty target (args s, target, replacement). */
    REPLACE,
    /** Java's {@code s.codePointCount(0, s.length())} (arg s): the number of Unicode code points. */
    CODE_POINTS,
    /** Java's {@code getNano()} of a time or date-time (arg x): the stored microseconds times 1,000. */
    NANO,
    /** Java's {@code LocalDate.atStartOfDay()} (arg d): the date-time at midnight, as a date-time column holds it. */
    START_OF_DAY,
    /** Java's {@code LocalDate.toEpochDay()}: days since 1970-01-01 (a long). */
    EPOCH_DAY,
    // ---- BigDecimal with Java's exact arithmetic (issue #16) ----
    /**
     * {@code a.add(b)}, {@code a.subtract(b)}, {@code a.multiply(b)} (args a, b), exact: PostgreSQL NUMERIC,
     * MariaDB DECIMAL (refused where its 38 digits of scale or 65 of precision would round), SQLite Java's
     * BigDecimal over the stored text.
     */
    DEC_ADD,
    DEC_SUB,
    DEC_MUL,
    /** {@code x.negate()}, {@code x.abs()}. */
    DEC_NEGATE,
    DEC_ABS,
    /** {@code x.signum()}: -1, 0 or 1 (an int). */
    DEC_SIGNUM,
    /** {@code x.setScale(n, RoundingMode.DOWN)} / {@code HALF_UP} (args x, n as a literal). */
    DEC_SCALE_DOWN,
    DEC_SCALE_HALF_UP,
    /** {@code x.intValue()} / {@code x.longValue()}: the fraction dropped, then the low 32 / 64 bits as Java keeps them. */
    DEC_INT_VALUE,
    DEC_LONG_VALUE,
    /** {@code BigDecimal.valueOf(long)} of a whole number. */
    DEC_OF,
    /**
     * Only in the decoder of a filter (args value, ok): Java dereferences here (unboxing, a method call on
     * the value, a field of a row that may be missing), and {@code ok} holds where that does not throw.
     * {@code lambda.NullGuard} turns it into guards and removes it; never rendered.
     */
    DEREF,
    /**
     * {@code x IS NOT NULL} guarding a dereference of {@code x} (one arg): where {@code x} cannot be NULL in
     * the statement (a NOT NULL column of a source that is always there, a non-null bind value) it is TRUE
     * and the renderer leaves it out.
     */
    PRESENT,
    /**
     * {@code map.get(key)} / {@code getOrDefault} of a captured map (args key, map, default): only in the
     * decoder, which turns its comparisons into IN lists; never rendered.
     */
    MAP_GET,
    /** {@code COUNT(*)} when called without arguments, {@code COUNT(x)} with one. */
    COUNT,
    /** {@code COUNT(DISTINCT x)}: the distinct non-null values. */
    COUNT_DISTINCT,
    SUM,
    AVG,
    MIN,
    MAX;

    /** Whether this is an aggregate function. */
    public boolean isAggregate() {
        return ordinal() >= COUNT.ordinal();
    }
}
