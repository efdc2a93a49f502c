package io.kakaorm.expr;

/**
 * A correlated scalar subquery, {@code (SELECT aggregate FROM outer s0 JOIN related s1 ON match WHERE
 * s0.pk = key)}: one value computed over the related rows of the row whose primary key is {@code key}
 * ({@code io.kakaorm.Scalar#of(row)} in a lambda).
 *
 * <p>Decoded, it is not yet bound: {@code subquery} is {@code null} and {@code slot} holds the captured
 * {@code Scalar}, read at call time; the query builder replaces it by the bound form, whose
 * {@code subquery} is the statement (aggregate over the outer model joined to the related one, without
 * WHERE) and whose parameters start at {@code paramOffset} in the enclosing statement's array.
 *
 * @param key the outer row's primary key, in the enclosing statement's FROM
 * @param subquery the statement once bound, else {@code null}
 * @param slot the parameter slot of the captured {@code Scalar} before binding ({@code -1} after)
 * @param paramOffset where the bound subquery's parameters start
 * @param type the value's type ({@code null} until known)
 * @param nullable whether the value may be NULL (an aggregate over no row)
 *
 * <p>A relation path ({@code p.author.get().name}, {@link #path}) is bound when decoded: its statement selects
 * the related column, has no parameters, and {@code paramOffset} is {@code -1}.
 */
public record ScalarSubquery(
        Expr key, SubqueryNode subquery, int slot, int paramOffset, ColumnType type, boolean nullable) implements Expr {

    /**
     * A relation path's value: {@code subquery} selects one column of the related row (no aggregate, no
     * parameters), NULL when there is no related row.
     */
    public static ScalarSubquery path(Expr key, SubqueryNode subquery, ColumnType type) {
        return new ScalarSubquery(key, subquery, -1, -1, type, true);
    }

    /**
     * A presence probe of a relation path: {@code subquery} selects the related row's primary key, and
     * the probe is only compared with NULL ({@code IS NOT NULL}: the related row is there). Rendered as a
     * {@link #path}; unlike one, it is never a read that Java could fail on.
     */
    public static ScalarSubquery probe(Expr key, SubqueryNode subquery, ColumnType type) {
        return new ScalarSubquery(key, subquery, -1, -2, type, true);
    }

    /** Whether this is a relation path's value ({@link #path}) or a {@link #probe}: bound, without parameters. */
    public boolean path() {
        return subquery != null && paramOffset < 0;
    }

    /** Whether this is a presence probe ({@link #probe}). */
    public boolean probe() {
        return subquery != null && paramOffset == -2;
    }

    /** A path or probe with its outer key replaced (keeps which of the two it is). */
    public ScalarSubquery withKey(Expr k) {
        return new ScalarSubquery(k, subquery, slot, paramOffset, type, nullable);
    }

    /** Whether the subquery is in place (the query builder has bound it). */
    public boolean bound() {
        return subquery != null;
    }

    /** This node with the value's type known. */
    public ScalarSubquery withType(ColumnType t) {
        return new ScalarSubquery(key, subquery, slot, paramOffset, t, nullable);
    }

    @Override
    public <R> R accept(ExprVisitor<R> v) {
        return v.scalarSubquery(this);
    }
}
