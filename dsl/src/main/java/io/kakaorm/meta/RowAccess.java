package io.kakaorm.meta;

/**
 * Reads, writes and creates instances of one model class by column index, implemented by a class
 * generated per model ({@link AccessorGenerator}): a {@code tableswitch} over plain {@code getfield} /
 * {@code putfield} instructions and a plain {@code new}. Engine-internal: application code uses
 * {@link ColumnMeta#get} / {@link ColumnMeta#set} and {@link ModelMeta#newInstance()}. This interface is
 * public only because the generated class lives in the model's package and must implement it.
 */
public interface RowAccess {
    /** The value of field {@code index} of {@code target}, primitives boxed. */
    Object get(Object target, int index);

    /**
     * Sets field {@code index} of {@code target}; a {@code null} for a primitive field keeps the field's
     * current value. Throws {@link ClassCastException} when {@code value} is not of the field's (boxed) type.
     */
    void set(Object target, int index, Object value);

    /**
     * {@link #set} of every field the generated class reaches, field {@code i} from {@code source.column(i)}, in
     * one call per row. Throws {@link ClassCastException} when a value is not of its field's (boxed) type;
     * fields before it are then already set.
     */
    void fill(Object target, ColumnSource source);

    /** A new instance through the no-arg constructor, or {@link UnsupportedOperationException} if not generated. */
    Object newInstance();
}
