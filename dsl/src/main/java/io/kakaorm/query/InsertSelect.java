package io.kakaorm.query;

import io.kakaorm.meta.ColumnMeta;
import io.kakaorm.meta.ModelMeta;
import java.util.List;

/**
 * {@code INSERT INTO target (columns…) SELECT items… FROM …}: item {@code i} of {@code select} fills
 * {@code columns.get(i)}.
 *
 * @param target  the model written
 * @param columns its columns, in select-list order
 * @param select  the rows, selecting one value per column
 */
public record InsertSelect(ModelMeta<?> target, List<ColumnMeta> columns, Select select) {
    public InsertSelect {
        columns = List.copyOf(columns);
        if (columns.size() != select.items().size()) {
            throw new IllegalArgumentException(
                    columns.size() + " columns but " + select.items().size() + " values");
        }
    }
}
