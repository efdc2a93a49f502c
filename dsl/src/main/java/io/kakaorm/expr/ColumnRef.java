package io.kakaorm.expr;

import io.kakaorm.meta.ColumnMeta;
import io.kakaorm.meta.ColumnType;

/**
 * A column of a table in the FROM clause.
 *
 * @param column the column
 * @param source which table of the FROM clause: 0 is the query's own model; joins add 1, 2, …
 */
public record ColumnRef(ColumnMeta column, int source) implements Expr {
    public ColumnRef(ColumnMeta column) {
        this(column, 0);
    }

    @Override
    public <R> R accept(ExprVisitor<R> v) {
        return v.column(this);
    }

    @Override
    public ColumnType type() {
        return column.type();
    }
}
