package io.kakaorm.expr;

/**
 * An explicit SQL LIKE with a user-written pattern ({@code Sql.like}, {@code Sql.ilike}): {@code %} and
 * {@code _} are wildcards, {@code \} escapes. Case-sensitive unless {@code ignoreCase}, on every
 * database.
 */
public record Like(Expr value, Expr pattern, boolean ignoreCase) implements Expr {
    @Override
    public <R> R accept(ExprVisitor<R> v) {
        return v.like(this);
    }

    @Override
    public ColumnType type() {
        return ColumnType.BOOLEAN;
    }
}
