package io.kakaorm.expr;

/** A binary operation: comparison, logic, arithmetic or concatenation. */
public record Binary(BinaryOp op, Expr left, Expr right) implements Expr {
    @Override
    public <R> R accept(ExprVisitor<R> v) {
        return v.binary(this);
    }

    @Override
    public ColumnType type() {
        if (op.isComparison() || op.isLogical()) {
            return ColumnType.BOOLEAN;
        }
        if (op == BinaryOp.CONCAT) {
            return ColumnType.STRING;
        }
        return Types.widen(left.type(), right.type());
    }
}
