package io.kakaorm.dialect;

/**
 * The conversion of one column's driver values to its Java type, chosen once per column (by
 * {@link Dialect#reader}) so that reading a value does not switch on the column type again. Returns
 * exactly what {@link Dialect#fromDb} returns for the same column and value. Thread-safe.
 */
@FunctionalInterface
public interface ValueReader {
    /** {@code dbValue} (as the driver returned it, normalised; may be {@code null}) as the column's Java value. */
    Object read(Object dbValue);
}
