package io.kakaorm.expr;

/**
 * A column of a table in the FROM clause.
 *
 * @param column the column
 * @param source which table of the FROM clause: 0 is the query's own model; joins add 1, 2, …
 */
public record ColumnRef(ColumnHandle column, int source) implements Expr {
    public ColumnRef(ColumnHandle column) {
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
