package io.kakaorm.expr;

/**
 * {@code value [NOT] IN (…)} over a collection read at call time ({@code list.contains(p.x)},
 * {@code Sql.in(p.x, list)}): the renderer expands the parameter at {@code slot} into one placeholder
 * per element; an empty collection is FALSE (or TRUE when negated), never invalid SQL.
 */
public record InParam(Expr value, int slot, boolean negated) implements Expr {
    @Override
    public <R> R accept(ExprVisitor<R> v) {
        return v.inParam(this);
    }

    @Override
    public ColumnType type() {
        return ColumnType.BOOLEAN;
    }
}
