package io.kakaorm.expr;

/**
 * A unary operation. {@code NOT} follows Java: it negates a two-valued predicate, so the renderer
 * must make sure its operand is never SQL UNKNOWN.
 */
public record Unary(UnaryOp op, Expr operand) implements Expr {
    @Override
    public <R> R accept(ExprVisitor<R> v) {
        return v.unary(this);
    }

    @Override
    public ColumnType type() {
        return op == UnaryOp.NEGATE ? operand.type() : ColumnType.BOOLEAN;
    }
}
