package io.kakaorm.expr;

/**
 * {@code value [NOT] IN (SELECT …)}. The subquery's parameters are its own: {@code paramOffset} is
 * where its slots start in the enclosing statement's parameter array.
 */
public record InSubquery(Expr value, SubqueryNode subquery, int paramOffset, boolean negated) implements Expr {
    @Override
    public <R> R accept(ExprVisitor<R> v) {
        return v.inSubquery(this);
    }

    @Override
    public ColumnType type() {
        return ColumnType.BOOLEAN;
    }
}
