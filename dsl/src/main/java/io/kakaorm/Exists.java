package io.kakaorm;

import io.kakaorm.expr.Binary;
import io.kakaorm.expr.BinaryOp;
import io.kakaorm.expr.ColumnRef;
import io.kakaorm.expr.Expr;
import io.kakaorm.expr.Unary;
import io.kakaorm.expr.UnaryOp;
import io.kakaorm.meta.ColumnMeta;
import io.kakaorm.meta.ModelMeta;
import io.kakaorm.query.Join;
import io.kakaorm.query.JoinKind;
import io.kakaorm.query.Select;
import io.kakaorm.query.SelectItem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A correlated {@code EXISTS}: whether a row has at least one related row matching a condition over both,
 * used inside a query lambda with {@link #test}:
 *
 * <pre>{@code
 * Exists<Author> hasPublished = Exists.of(Author.class, Post.class, (a, p) -> p.authorId.equals(a.id) && p.published);
 * db.from(Author.class).where(a -> hasPublished.test(a));    // authors with a published post
 * db.from(Author.class).where(a -> !hasPublished.test(a));   // NOT EXISTS: authors without one
 * }</pre>
 *
 * <p>Its meaning is Java's {@code related.stream().anyMatch(p -> match.test(a, p))}, true or false, never
 * NULL: a NULL key matches nothing, as the decoded {@code match} says. It is rendered as a semi-join,
 * {@code a.id IN (SELECT t0.id FROM author t0 JOIN post t1 ON match)}: the keys are never NULL, so the IN
 * and its negation are two-valued on every database.
 *
 * @param <T> the model of the row tested
 */
public final class Exists<T> implements Subquery {
    private final Select select;
    private final List<Object> params;

    private Exists(Select select, List<Object> params) {
        this.select = select;
        this.params = Collections.unmodifiableList(new ArrayList<>(params));
    }

    /**
     * Whether a row of {@code outer} has a row of {@code related} for which {@code match} holds.
     *
     * @throws QueryTranslationException when {@code match} has no exact SQL meaning (with its source line)
     */
    public static <T, U> Exists<T> of(Class<T> outer, Class<U> related, Filter2<T, U> match) {
        ModelMeta<T> o = ModelMeta.of(outer);
        ModelMeta<U> r = ModelMeta.of(related);
        Class<?>[] rows = {outer, related};
        LambdaBridge.Decoded d = LambdaBridge.filterOver(match, rows);
        JoinOps.refuseAggregate(d, match, rows, "an Exists condition");
        List<Object> p = new ArrayList<>();
        Expr on = ParamBinder.bind(d.expr(), d.values(), p);
        ColumnMeta soft = r.softDeleteColumn();
        if (soft != null) { // a deleted related row is not there, as for a query of it
            on = new Binary(BinaryOp.AND, on, new Unary(UnaryOp.IS_NULL, new ColumnRef(soft, 1)));
        }
        // the outer model without its soft-delete scope: the tested row is whatever row the query has
        Select s = new Select(
                        o, List.of(new SelectItem(new ColumnRef(o.primaryKey(), 0), null)), null, List.of(), null, null)
                .withJoin(new Join(JoinKind.INNER, r, on));
        return new Exists<>(s, p);
    }

    /**
     * Whether {@code row} has a matching related row. A marker: only meaningful inside a query lambda
     * (decoded to SQL); calling it in Java throws.
     *
     * @throws UnsupportedOperationException always, when run as Java
     */
    public boolean test(T row) {
        throw new UnsupportedOperationException("Exists.test(row) is translated to SQL inside a query lambda "
                + "(db.from(M.class).where(m -> exists.test(m))); it does not run in Java");
    }

    /** The statement as a subquery: the keys of the rows that have a match. */
    Select toSubselect() {
        return select;
    }

    @Override
    public List<Object> parameters() {
        return params;
    }

    @Override
    public String toString() {
        return "Exists[" + select + "]";
    }
}
