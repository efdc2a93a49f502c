package io.kakaorm.expr;

/** Functions of {@link Window}: ranking, offset and aggregate functions computed over a window of rows. */
public enum WindowFunction {
    /** {@code ROW_NUMBER()}: 1, 2, 3, … in window order (ties in any order). */
    ROW_NUMBER,
    /** {@code RANK()}: ties share a rank, the next rank skips. */
    RANK,
    /** {@code DENSE_RANK()}: ties share a rank, no gaps. */
    DENSE_RANK,
    /** {@code LAG(value, offset, default)}: the value {@code offset} rows before, else the default. */
    LAG,
    /** {@code LEAD(value, offset, default)}: the value {@code offset} rows after, else the default. */
    LEAD,
    SUM,
    AVG,
    MIN,
    MAX,
    /** {@code COUNT(*)} without an argument, {@code COUNT(x)} with one. */
    COUNT
}
