package io.kakaorm.expr;

import java.util.List;

/** {@code value [NOT] IN (items…)} over a fixed list of expressions; an empty list is a constant. */
public record InList(Expr value, List<Expr> items, boolean negated) implements Expr {
    public InList {
        items = List.copyOf(items);
    }

    @Override
    public <R> R accept(ExprVisitor<R> v) {
        return v.inList(this);
    }

    @Override
    public ColumnType type() {
        return ColumnType.BOOLEAN;
    }
}
