package io.kakaorm;

import java.math.BigDecimal;
import java.util.Collection;

/**
 * SQL operators and aggregates for query lambdas: {@code p -> Sql.like(p.title, "J_va%")},
 * {@code p -> Sql.sum(p.views)}.
 *
 * <p>Inside a query lambda these calls are markers: the decoder turns each into the matching SQL.
 * Called in plain Java, the operators compute the same answer ({@code like} matches the pattern,
 * {@code in} looks the value up, …), so a lambda means the same thing on a {@code List} as in the
 * database; the aggregates only mean something in a query and throw {@link IllegalStateException}.
 *
 * <p>Thread-safe: every method is a pure function.
 */
public final class Sql {
    private Sql() {}

    /**
     * SQL {@code LIKE}: {@code %} matches any run of characters, {@code _} one character, {@code \}
     * escapes. Case-sensitive on every database. A {@code null} value or pattern matches nothing.
     */
    public static boolean like(String value, String pattern) {
        return SqlJava.like(value, pattern, false);
    }

    /** Case-insensitive {@link #like(String, String)} ({@code ILIKE} on PostgreSQL, emulated elsewhere). */
    public static boolean ilike(String value, String pattern) {
        return SqlJava.like(value, pattern, true);
    }

    /**
     * {@code value IN (…)} over a collection read when the query runs; an empty collection matches
     * nothing. Means exactly {@code values.contains(value)}, in Java and in SQL: a {@code null} value
     * matches when the collection holds a {@code null}.
     */
    public static boolean in(Object value, Collection<?> values) {
        try {
            return values.contains(value);
        } catch (NullPointerException e) {
            return false; // List.of(…) and friends cannot hold null, and refuse to be asked
        }
    }

    /**
     * {@code value IN (v1, v2, …)} with SQL's meaning: a {@code null} value matches nothing (unlike the
     * collection form, which means {@code contains}).
     */
    @SafeVarargs
    public static <V> boolean in(V value, V... values) {
        return SqlJava.in(value, values);
    }

    /**
     * {@code value IN (SELECT …)} over another query selecting one column. Only meaningful inside a query
     * lambda; the query builder renders the subquery.
     *
     * @throws IllegalStateException when called outside a query lambda
     */
    public static boolean in(Object value, Subquery subquery) {
        throw SqlJava.onlyInQuery("Sql.in(value, subquery)");
    }

    /** The negation of {@link #in(Object, Collection)}: {@code !values.contains(value)}. */
    public static boolean notIn(Object value, Collection<?> values) {
        return !in(value, values);
    }

    /** The negation of {@link #in(Object, Object[])}. */
    @SafeVarargs
    public static <V> boolean notIn(V value, V... values) {
        return !SqlJava.in(value, values);
    }

    /** {@code value BETWEEN low AND high}, both ends included; {@code null} anywhere matches nothing. */
    public static <V extends Comparable<? super V>> boolean between(V value, V low, V high) {
        return value != null && low != null && high != null && value.compareTo(low) >= 0 && value.compareTo(high) <= 0;
    }

    /** {@code value IS NULL}. */
    public static boolean isNull(Object value) {
        return value == null;
    }

    /** {@code value IS NOT NULL}. */
    public static boolean isNotNull(Object value) {
        return value != null;
    }

    /** {@code COALESCE(value, fallback)}: the first argument that is not null. */
    public static <V> V coalesce(V value, V fallback) {
        return value != null ? value : fallback;
    }

    /** {@code COALESCE(v1, v2, …)}: the first argument that is not null, or null. */
    @SafeVarargs
    public static <V> V coalesce(V... values) {
        for (V v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** {@code COUNT(*)}. Only meaningful inside a query lambda. */
    public static long count() {
        throw SqlJava.onlyInQuery("Sql.count()");
    }

    /** {@code COUNT(value)}: the rows where {@code value} is not null. Only meaningful inside a query lambda. */
    public static long count(Object value) {
        throw SqlJava.onlyInQuery("Sql.count(value)");
    }

    /**
     * {@code COUNT(DISTINCT value)}: how many distinct non-null values the rows (of a group) hold. Only
     * meaningful inside a query lambda.
     */
    public static long countDistinct(Object value) {
        throw SqlJava.onlyInQuery("Sql.countDistinct(value)");
    }

    /** {@code SUM} of a whole-number column. Only meaningful inside a query lambda. */
    public static long sum(long value) {
        throw SqlJava.onlyInQuery("Sql.sum(value)");
    }

    /** {@code SUM} of a floating-point column. Only meaningful inside a query lambda. */
    public static double sum(double value) {
        throw SqlJava.onlyInQuery("Sql.sum(value)");
    }

    /** {@code SUM} of a decimal column. Only meaningful inside a query lambda. */
    public static BigDecimal sum(BigDecimal value) {
        throw SqlJava.onlyInQuery("Sql.sum(value)");
    }

    /** {@code AVG} of a numeric column. Only meaningful inside a query lambda. */
    public static double avg(double value) {
        throw SqlJava.onlyInQuery("Sql.avg(value)");
    }

    /** {@code AVG} of a decimal column. Only meaningful inside a query lambda. */
    public static BigDecimal avg(BigDecimal value) {
        throw SqlJava.onlyInQuery("Sql.avg(value)");
    }

    /** {@code MIN} of an int column. Only meaningful inside a query lambda. */
    public static int min(int value) {
        throw SqlJava.onlyInQuery("Sql.min(value)");
    }

    /** {@code MIN} of a long column. Only meaningful inside a query lambda. */
    public static long min(long value) {
        throw SqlJava.onlyInQuery("Sql.min(value)");
    }

    /** {@code MIN} of a double column. Only meaningful inside a query lambda. */
    public static double min(double value) {
        throw SqlJava.onlyInQuery("Sql.min(value)");
    }

    /** {@code MIN} of any comparable column (strings, decimals, dates). Only meaningful inside a query lambda. */
    public static <V extends Comparable<? super V>> V min(V value) {
        throw SqlJava.onlyInQuery("Sql.min(value)");
    }

    /** {@code MAX} of an int column. Only meaningful inside a query lambda. */
    public static int max(int value) {
        throw SqlJava.onlyInQuery("Sql.max(value)");
    }

    /** {@code MAX} of a long column. Only meaningful inside a query lambda. */
    public static long max(long value) {
        throw SqlJava.onlyInQuery("Sql.max(value)");
    }

    /** {@code MAX} of a double column. Only meaningful inside a query lambda. */
    public static double max(double value) {
        throw SqlJava.onlyInQuery("Sql.max(value)");
    }

    /** {@code MAX} of any comparable column (strings, decimals, dates). Only meaningful inside a query lambda. */
    public static <V extends Comparable<? super V>> V max(V value) {
        throw SqlJava.onlyInQuery("Sql.max(value)");
    }

    // ---- window functions (select only) ----

    /** An empty window (the whole result as one partition); add keys with its methods. */
    public static Over over() {
        return Over.EMPTY;
    }

    /** {@code ROW_NUMBER() OVER (…)}: 1, 2, 3, … in the window's order. Only in a select lambda. */
    public static long rowNumber(Over window) {
        throw SqlJava.onlyInQuery("Sql.rowNumber(window)");
    }

    /** {@code RANK() OVER (…)}: ties share a rank and the next rank skips. Only in a select lambda. */
    public static long rank(Over window) {
        throw SqlJava.onlyInQuery("Sql.rank(window)");
    }

    /** {@code DENSE_RANK() OVER (…)}: ties share a rank, no gaps. Only in a select lambda. */
    public static long denseRank(Over window) {
        throw SqlJava.onlyInQuery("Sql.denseRank(window)");
    }

    /**
     * {@code LAG(value, offset, defaultValue) OVER (…)}: the value {@code offset} rows before in the
     * window's partition and order, {@code defaultValue} when there is no such row. {@code offset} must be
     * a constant. Only in a select lambda.
     */
    public static <V> V lag(V value, int offset, V defaultValue, Over window) {
        throw SqlJava.onlyInQuery("Sql.lag(...)");
    }

    /** {@code LAG(value) OVER (…)}: the previous row's value, {@code null} for the first row. */
    public static <V> V lag(V value, Over window) {
        throw SqlJava.onlyInQuery("Sql.lag(...)");
    }

    /**
     * {@code LEAD(value, offset, defaultValue) OVER (…)}: the value {@code offset} rows after,
     * {@code defaultValue} when there is no such row. {@code offset} must be a constant.
     */
    public static <V> V lead(V value, int offset, V defaultValue, Over window) {
        throw SqlJava.onlyInQuery("Sql.lead(...)");
    }

    /** {@code LEAD(value) OVER (…)}: the next row's value, {@code null} for the last row. */
    public static <V> V lead(V value, Over window) {
        throw SqlJava.onlyInQuery("Sql.lead(...)");
    }

    /** {@code SUM(value) OVER (…)} of a whole number: with an order, a running total (ties included). */
    public static long sum(long value, Over window) {
        throw SqlJava.onlyInQuery("Sql.sum(value, window)");
    }

    /** {@code SUM(value) OVER (…)} of a floating-point value. */
    public static double sum(double value, Over window) {
        throw SqlJava.onlyInQuery("Sql.sum(value, window)");
    }

    /** {@code AVG(value) OVER (…)}. */
    public static double avg(double value, Over window) {
        throw SqlJava.onlyInQuery("Sql.avg(value, window)");
    }

    /** {@code MIN(value) OVER (…)} of an int. */
    public static int min(int value, Over window) {
        throw SqlJava.onlyInQuery("Sql.min(value, window)");
    }

    /** {@code MIN(value) OVER (…)} of a long. */
    public static long min(long value, Over window) {
        throw SqlJava.onlyInQuery("Sql.min(value, window)");
    }

    /** {@code MIN(value) OVER (…)} of a double. */
    public static double min(double value, Over window) {
        throw SqlJava.onlyInQuery("Sql.min(value, window)");
    }

    /** {@code MIN(value) OVER (…)} of a comparable value. */
    public static <V extends Comparable<? super V>> V min(V value, Over window) {
        throw SqlJava.onlyInQuery("Sql.min(value, window)");
    }

    /** {@code MAX(value) OVER (…)} of an int. */
    public static int max(int value, Over window) {
        throw SqlJava.onlyInQuery("Sql.max(value, window)");
    }

    /** {@code MAX(value) OVER (…)} of a long. */
    public static long max(long value, Over window) {
        throw SqlJava.onlyInQuery("Sql.max(value, window)");
    }

    /** {@code MAX(value) OVER (…)} of a double. */
    public static double max(double value, Over window) {
        throw SqlJava.onlyInQuery("Sql.max(value, window)");
    }

    /** {@code MAX(value) OVER (…)} of a comparable value. */
    public static <V extends Comparable<? super V>> V max(V value, Over window) {
        throw SqlJava.onlyInQuery("Sql.max(value, window)");
    }

    /** {@code COUNT(*) OVER (…)}: the rows of the window (so far, with an order). */
    public static long count(Over window) {
        throw SqlJava.onlyInQuery("Sql.count(window)");
    }

    /** {@code COUNT(value) OVER (…)}: the non-null values of the window (so far, with an order). */
    public static long count(Object value, Over window) {
        throw SqlJava.onlyInQuery("Sql.count(value, window)");
    }
}
