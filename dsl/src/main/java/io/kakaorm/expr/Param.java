package io.kakaorm.expr;

/**
 * A bind parameter: the value is read at call time (a captured variable, a constant of the lambda, or a
 * row-independent sub-expression) and stored at {@code slot} of the parameter array handed to the
 * renderer. Never rendered as an SQL literal.
 *
 * @param slot index into the parameter values
 * @param type the static type of the value, or {@code null} when unknown (e.g. raw {@code Object})
 */
public record Param(int slot, ColumnType type) implements Expr {
    @Override
    public <R> R accept(ExprVisitor<R> v) {
        return v.param(this);
    }
}
