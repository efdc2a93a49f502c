package io.kakaorm.bench.jmh;

/**
 * All fields of one model class behind one generated class: {@code set}/{@code get} switch on the column
 * index and do a plain {@code putfield}/{@code getfield}. The candidate replacement for one
 * MethodHandle per field (see {@link RowAccessGenerator}).
 */
public interface RowAccess {
    /** Sets column {@code column} of {@code target}; a null is ignored for a primitive field. */
    void set(Object target, int column, Object value);

    /** Column {@code column} of {@code target}, boxed. */
    Object get(Object target, int column);
}
