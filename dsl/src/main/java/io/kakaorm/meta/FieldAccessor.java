package io.kakaorm.meta;

/**
 * Reads and writes one field of a model without reflection on the hot path (see {@link FieldAccessors}).
 * Implementations are thread-safe.
 */
public interface FieldAccessor {
    /** The field's value on {@code target}, boxed. */
    Object get(Object target);

    /** Sets the field on {@code target}; {@code value} must already be of the field's (boxed) type. */
    void set(Object target, Object value);
}
