package io.kakaorm.vertx.internal.exec;

import io.kakaorm.meta.ColumnSource;

/**
 * One result row as the executor sees it, read by position without allocating a map. Valid only during
 * the {@link RowMapper#map(DbRow)} call that received it (the executor may reuse the object).
 *
 * <p>Values are the driver's objects normalised to plain Java: {@code byte[]} for binary (never a Vert.x
 * {@code Buffer}), {@link java.math.BigDecimal} for NUMERIC (never a Vert.x {@code Numeric}); everything
 * else as the driver returned it. Convert to a column's Java type with
 * {@link io.kakaorm.dialect.Dialect#fromDb}.
 */
public interface DbRow {
    /** The number of columns. */
    int size();

    /** The name (label) of column {@code i}, 0-based. */
    String name(int i);

    /** The value of column {@code i}, 0-based, normalised as described above; {@code null} for SQL NULL. */
    Object value(int i);

    /**
     * The value of column {@code i} exactly as the driver returned it, before the normalisation of
     * {@link #value(int)} (so possibly a {@code Buffer} or {@code Numeric}). Hot paths read this first and
     * apply {@link #normalise(Object)} only when its class is not the one they expect.
     */
    default Object raw(int i) {
        return value(i);
    }

    /** A {@link #raw(int)} value normalised as {@link #value(int)} returns it, without reading it again. */
    default Object normalise(Object raw) {
        return raw;
    }

    /**
     * The columns of the current row from {@code offset} on, read through {@code values}, kept valid after the
     * next row is read (a model keeps it as its loaded state); {@code null} when the backend cannot keep a
     * row without copying its values (a JDBC cursor).
     */
    default ColumnSource loadedState(int offset, ColumnValues values) {
        return null;
    }
}
