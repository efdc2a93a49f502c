package io.kakaorm.expr;

/**
 * A structural constant that the SQL itself needs: {@code NULL}, {@code TRUE}/{@code FALSE} and small
 * integers produced by rewrites. User values are {@link Param}s, never literals.
 *
 * @param value {@code null}, a {@link Boolean} or a {@link Long}
 * @param type  its type ({@code null} for an untyped NULL)
 */
public record Literal(Object value, ColumnType type) implements Expr {
    public static final Literal NULL = new Literal(null, null);
    public static final Literal TRUE = new Literal(Boolean.TRUE, ColumnType.BOOLEAN);
    public static final Literal FALSE = new Literal(Boolean.FALSE, ColumnType.BOOLEAN);

    public Literal {
        if (value != null && !(value instanceof Boolean) && !(value instanceof Long)) {
            throw new IllegalArgumentException("literals are NULL, booleans and longs; bind other values: " + value);
        }
    }

    @Override
    public <R> R accept(ExprVisitor<R> v) {
        return v.literal(this);
    }
}
