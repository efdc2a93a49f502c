package io.kakaorm;

import io.kakaorm.expr.Binary;
import io.kakaorm.expr.BinaryOp;
import io.kakaorm.expr.Call;
import io.kakaorm.expr.ColumnRef;
import io.kakaorm.expr.ColumnType;
import io.kakaorm.expr.Expr;
import io.kakaorm.expr.Function;
import io.kakaorm.expr.Literal;
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
import java.util.Locale;
import java.util.Set;

/**
 * A correlated scalar subquery: one value computed over the related rows of a row, used inside a query
 * lambda with {@link #of}:
 *
 * <pre>{@code
 * Scalar<Author, Long> postCount = Scalar.count(Author.class, Post.class, (a, p) -> p.authorId.equals(a.id));
 * Scalar<Author, Integer> topViews = Scalar.max(Author.class, Post.class, (a, p) -> p.authorId.equals(a.id), p -> p.views);
 * db.from(Author.class).select(a -> new AuthorStats(a.name, postCount.of(a), topViews.of(a)));
 * db.from(Author.class).where(a -> postCount.of(a) >= 2);
 * }</pre>
 *
 * <p>Its meaning is Java's over {@code related} rows {@code p} with {@code match.test(a, p)}:
 * {@link #count} is {@code stream().filter(…).count()} (0 when none); {@link #max} / {@link #min} are the
 * greatest / least non-null value of a whole-number or floating-point column, {@code null} when there is
 * none; {@link #sum} of an {@code int}/{@code short} column is a {@code long}, 0 when none (nulls skipped).
 * A row that is not there (the missing side of an outer join) has no related rows. Soft-deleted related
 * rows are not counted, as in a query of them.
 *
 * <p>It is rendered {@code (SELECT agg FROM outer s_0 JOIN related s_1 ON match WHERE s_0.pk = t.pk)}:
 * the outer model joined again on its primary key, so the decoded {@code match} stays a join condition.
 *
 * @param <T> the model of the row the value is computed for
 * @param <V> the value's type
 */
public final class Scalar<T, V> {
    private static final Set<ColumnType> ORDERED =
            Set.of(ColumnType.SHORT, ColumnType.INT, ColumnType.LONG, ColumnType.FLOAT, ColumnType.DOUBLE);

    private final Select select;
    private final List<Object> params;
    private final ColumnType type;
    private final boolean nullable;

    private Scalar(Select select, List<Object> params, ColumnType type, boolean nullable) {
        this.select = select;
        this.params = Collections.unmodifiableList(new ArrayList<>(params));
        this.type = type;
        this.nullable = nullable;
    }

    /**
     * The number of rows of {@code related} for which {@code match} holds: a {@code long}, 0 when none.
     *
     * @throws QueryTranslationException when {@code match} has no exact SQL meaning (with its source line)
     */
    public static <T, U> Scalar<T, Long> count(Class<T> outer, Class<U> related, Filter2<T, U> match) {
        return build(
                outer, related, match, new Call(Function.COUNT, List.of(), ColumnType.LONG), ColumnType.LONG, false);
    }

    /**
     * The greatest non-null {@code value} (a whole-number or floating-point column of {@code related}) among
     * the rows for which {@code match} holds; {@code null} when there is none.
     *
     * @throws QueryTranslationException when {@code match} has no exact SQL meaning (with its source line)
     * @throws IllegalArgumentException when {@code value} is not such a column
     */
    public static <T, U, V extends Number> Scalar<T, V> max(
            Class<T> outer, Class<U> related, Filter2<T, U> match, Selector<U, V> value) {
        return extreme(Function.MAX, outer, related, match, value);
    }

    /**
     * The least non-null {@code value} (a whole-number or floating-point column of {@code related}) among the
     * rows for which {@code match} holds; {@code null} when there is none.
     *
     * @throws QueryTranslationException when {@code match} has no exact SQL meaning (with its source line)
     * @throws IllegalArgumentException when {@code value} is not such a column
     */
    public static <T, U, V extends Number> Scalar<T, V> min(
            Class<T> outer, Class<U> related, Filter2<T, U> match, Selector<U, V> value) {
        return extreme(Function.MIN, outer, related, match, value);
    }

    /**
     * The sum of the non-null {@code value}s (an {@code int} or {@code short} column of {@code related}) of the
     * rows for which {@code match} holds, as a {@code long} (it cannot overflow); 0 when there is none.
     *
     * @throws QueryTranslationException when {@code match} has no exact SQL meaning (with its source line)
     * @throws IllegalArgumentException when {@code value} is not such a column
     */
    public static <T, U> Scalar<T, Long> sum(
            Class<T> outer, Class<U> related, Filter2<T, U> match, Selector<U, ? extends Number> value) {
        ColumnRef c = column(
                related,
                value,
                "sum",
                Set.of(ColumnType.SHORT, ColumnType.INT),
                "an int or short column (a long sum could overflow in Java and not in SQL)");
        Expr agg = new Call(
                Function.COALESCE,
                List.of(new Call(Function.SUM, List.of(c), ColumnType.LONG), new Literal(0L, ColumnType.LONG)),
                ColumnType.LONG);
        return build(outer, related, match, agg, ColumnType.LONG, false);
    }

    private static <T, U, V> Scalar<T, V> extreme(
            Function f, Class<T> outer, Class<U> related, Filter2<T, U> match, Selector<U, V> value) {
        ColumnRef c = column(
                related,
                value,
                f.name().toLowerCase(Locale.ROOT),
                ORDERED,
                "a whole-number or floating-point column (strings and dates order by collation or storage form)");
        return build(outer, related, match, new Call(f, List.of(c), c.type()), c.type(), true);
    }

    /** The column {@code value} names, as source 1 of the subquery. */
    private static ColumnRef column(
            Class<?> related, Selector<?, ?> value, String what, Set<ColumnType> allowed, String needed) {
        LambdaBridge.Decoded d = LambdaBridge.selector(value, ModelMeta.of(related));
        if (!(d.expr() instanceof ColumnRef c) || !allowed.contains(c.type())) {
            throw new IllegalArgumentException("Scalar." + what + " needs " + needed + " of "
                    + related.getSimpleName() + ", not "
                    + (d.expr() == null ? "a constructor" : d.expr().type())
                    + " (" + d.source() + ")");
        }
        return new ColumnRef(c.column(), 1);
    }

    private static <T, U, V> Scalar<T, V> build(
            Class<T> outer, Class<U> related, Filter2<T, U> match, Expr aggregate, ColumnType type, boolean nullable) {
        ModelMeta<T> o = ModelMeta.of(outer);
        ModelMeta<U> r = ModelMeta.of(related);
        Class<?>[] rows = {outer, related};
        LambdaBridge.Decoded d = LambdaBridge.filterOver(match, rows);
        JoinOps.refuseAggregate(d, match, rows, "a Scalar condition");
        List<Object> p = new ArrayList<>();
        Expr on = ParamBinder.bind(d.expr(), d.values(), p);
        ColumnMeta soft = r.softDeleteColumn();
        if (soft != null) { // a deleted related row is not there, as for a query of it
            on = new Binary(BinaryOp.AND, on, new Unary(UnaryOp.IS_NULL, new ColumnRef(soft, 1)));
        }
        // the outer model without its soft-delete scope: the row is whatever row the query has
        Select s = new Select(o, List.of(new SelectItem(aggregate, null)), null, List.of(), null, null)
                .withJoin(new Join(JoinKind.INNER, r, on));
        return new Scalar<>(s, p, type, nullable);
    }

    /**
     * The value for {@code row}. A marker: only meaningful inside a query lambda (decoded to SQL); calling
     * it in Java throws.
     *
     * @throws UnsupportedOperationException always, when run as Java
     */
    public V of(T row) {
        throw new UnsupportedOperationException("Scalar.of(row) is translated to SQL inside a query lambda "
                + "(db.from(M.class).select(m -> new R(m.name, scalar.of(m)))); it does not run in Java");
    }

    /** The statement: the aggregate over the outer model joined to the related one, without WHERE. */
    Select toSubselect() {
        return select;
    }

    /** The values of its parameter slots. */
    List<Object> parameters() {
        return params;
    }

    /** The type of the value. */
    ColumnType type() {
        return type;
    }

    /** Whether the value may be {@code null} (an aggregate over no row). */
    boolean nullable() {
        return nullable;
    }

    @Override
    public String toString() {
        return "Scalar[" + select + "]";
    }
}
