package io.kakaorm.query;

import io.kakaorm.meta.ColumnMeta;
import io.kakaorm.meta.ModelMeta;
import java.util.List;

/**
 * {@code INSERT INTO table (columns…) VALUES (?, …)}, one row; parameter {@code i} is the value of
 * {@code columns.get(i)}.
 *
 * @param model        the model
 * @param columns      the columns written, in parameter order
 * @param returningKey whether the generated primary key must be returned (RETURNING or last-insert-id)
 */
public record Insert(ModelMeta<?> model, List<ColumnMeta> columns, boolean returningKey) {
    public Insert {
        columns = List.copyOf(columns);
    }
}
