package io.kakaorm;

import io.kakaorm.expr.ColumnRef;
import io.kakaorm.expr.Expr;
import io.kakaorm.meta.ColumnMeta;
import io.kakaorm.meta.ModelMeta;
import java.util.ArrayList;
import java.util.List;

/**
 * The columns of one {@link Query#insertInto} (INSERT … SELECT): each target column, named by a lambda
 * over the target model, gets a value computed from the source row, and the compiler checks that the
 * value's type fits the column's:
 *
 * <pre>{@code
 * int archived = db.from(Employee.class).where(e -> e.hireYear <= 1993)
 *     .insertInto(Archive.class, c -> c.set(a -> a.empId, e -> e.id).set(a -> a.year, e -> e.hireYear))
 *     .await();
 * }</pre>
 *
 * @param <A> the target model
 * @param <T> the source model
 */
public final class Inserts<A, T> {
    /** One target column and its decoded value. */
    record Item(ColumnMeta column, Expr value, Object[] values) {}

    private final ModelMeta<A> target;
    private final ModelMeta<T> source;
    private final List<Item> items = new ArrayList<>();

    Inserts(ModelMeta<A> target, ModelMeta<T> source) {
        this.target = target;
        this.source = source;
    }

    /** Fills {@code column} of the target with {@code value} of each source row. */
    public <V> Inserts<A, T> set(Selector<A, V> column, Selector<T, ? extends V> value) {
        LambdaBridge.Decoded c = LambdaBridge.selector(column, target);
        if (!(c.expr() instanceof ColumnRef ref)) {
            throw new IllegalArgumentException(
                    "insertInto(...) names each target column with a lambda like a -> a.title (" + c.source() + ")");
        }
        for (Item i : items) {
            if (i.column().equals(ref.column())) {
                throw new IllegalArgumentException("the column " + ref.column().fieldName() + " of "
                        + target.modelClass().getSimpleName() + " is set twice (" + c.source() + ")");
            }
        }
        LambdaBridge.Decoded d = LambdaBridge.selector(value, source);
        if (d.expr() == null) {
            throw new IllegalArgumentException(
                    "an inserted value must be a value, not a constructor (" + d.source() + ")");
        }
        JoinOps.refuseAggregate(d, value, new Class<?>[] {source.modelClass()}, "insertInto()");
        items.add(new Item((ColumnMeta) ref.column(), d.expr(), d.values()));
        return this;
    }

    List<Item> items() {
        return List.copyOf(items);
    }
}
