package io.kakaorm.expr;

/** Functions of {@link Call}. */
public enum Function {
    LOWER, UPPER, LENGTH, TRIM, COALESCE, ABS,
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
