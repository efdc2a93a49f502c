package io.kakaorm.expr;

/**
 * Java's {@code startsWith/endsWith/contains/equalsIgnoreCase}: the needle is a plain string, so any
 * {@code %}, {@code _} or escape character in it matches itself. The renderer escapes a bound needle
 * and bridges case sensitivity per database.
 */
public record StringMatch(Expr value, Expr needle, MatchKind kind, boolean ignoreCase) implements Expr {
    @Override
    public <R> R accept(ExprVisitor<R> v) {
        return v.stringMatch(this);
    }

    @Override
    public ColumnType type() {
        return ColumnType.BOOLEAN;
    }
}
