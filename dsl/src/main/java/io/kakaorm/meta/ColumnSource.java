package io.kakaorm.meta;

/**
 * The column values of one row, by model column index, each already of its field's (boxed) type: what
 * {@link RowAccess#fill} reads a model from, and what a model loaded from such a row remembers as its loaded
 * state (dirty tracking reads it again only when asked what changed). Engine-internal.
 */
public interface ColumnSource {
    /**
     * The value of model column {@code index}, of its field's (boxed) type, or {@code null}. Reading a column
     * twice gives equal values; a mutable value ({@code byte[]}, a JSON document) is a new copy each time.
     */
    Object column(int index);
}
