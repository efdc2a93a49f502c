package io.kakaorm.expr;

/** {@code value BETWEEN low AND high} (both ends included, as in SQL). */
public record Between(Expr value, Expr low, Expr high) implements Expr {
    @Override
    public <R> R accept(ExprVisitor<R> v) {
        return v.between(this);
    }

    @Override
    public ColumnType type() {
        return ColumnType.BOOLEAN;
    }
}
