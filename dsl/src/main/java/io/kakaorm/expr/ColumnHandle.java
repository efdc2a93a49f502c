package io.kakaorm.expr;

/**
 * The column a {@link ColumnRef} names, as far as the expression tree and its renderers need it. The
 * model metadata ({@code io.kakaorm.meta.ColumnMeta}) implements it, so the tree does not depend on how
 * models are read; code that needs more than this (keys, defaults, accessors) works with the metadata.
 */
public interface ColumnHandle {
    /** The Java field name. */
    String fieldName();

    /** The SQL column name. */
    String name();

    /** The field's declared Java type (primitive types stay primitive). */
    Class<?> javaType();

    /** The logical column type. */
    ColumnType type();

    /** Whether the column admits NULL. */
    boolean nullable();

    /** Reads this column's field from an instance of its model (how Java evaluates the column). */
    Object get(Object model);
}
