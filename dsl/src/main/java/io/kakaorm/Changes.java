package io.kakaorm;

import io.kakaorm.expr.ColumnRef;
import io.kakaorm.expr.Expr;
import io.kakaorm.meta.ColumnMeta;
import io.kakaorm.meta.ModelMeta;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The constant values of one {@link Query#update(java.util.function.Consumer)}:
 * {@code q.update(c -> c.set(p -> p.published, true).set(p -> p.views, 0))}. Each column is named by a
 * lambda reading it, so the value's type is checked against the field's.
 *
 * @param <T> the model
 */
public final class Changes<T> {
    private final ModelMeta<?> model;
    private final Map<ColumnMeta, Object> values = new LinkedHashMap<>();

    Changes(ModelMeta<?> model) {
        this.model = model;
    }

    /** Sets {@code column} to {@code value} (bound as a parameter) in every matching row. */
    public <V> Changes<T> set(Selector<T, V> column, V value) {
        LambdaBridge.Decoded d = LambdaBridge.selector(column, model);
        if (!(d.expr() instanceof ColumnRef ref) || ref.source() != 0) {
            throw new IllegalArgumentException("update(...) needs a lambda naming one column of "
                    + model.modelClass().getSimpleName() + ", like p -> p.views (" + d.source() + ")");
        }
        ColumnMeta c = (ColumnMeta) ref.column();
        if (c.primaryKey()) {
            throw new IllegalArgumentException("update(...) cannot change the primary key " + c.fieldName() + " of "
                    + model.modelClass().getSimpleName());
        }
        if (value == null && !c.nullable()) {
            throw new IllegalArgumentException(
                    model.modelClass().getSimpleName() + "." + c.fieldName() + " is not nullable");
        }
        values.put(c, value);
        return this;
    }

    /**
     * Sets {@code column} to a value computed from each row's own columns, with Java's meaning:
     * {@code c.setTo(p -> p.views, p -> p.views + 1)}, {@code setTo(p -> p.price, p -> p.price * 0.97)},
     * {@code setTo(p -> p.title, p -> p.title + "!")}, or a ternary, which becomes CASE WHEN. The value's
     * type must fit the column's.
     */
    public <V> Changes<T> setTo(Selector<T, V> column, Selector<T, ? extends V> value) {
        ColumnMeta c = column(column);
        LambdaBridge.Decoded d = LambdaBridge.selector(value, model);
        if (d.expr() == null) {
            throw new IllegalArgumentException("setTo(...) needs a value, not a constructor (" + d.source() + ")");
        }
        JoinOps.refuseAggregate(d, value, new Class<?>[] {model.modelClass()}, "an update");
        values.put(c, new Computed(d.expr(), d.values()));
        return this;
    }

    /** A value computed by the database from the row: the expression and its parameter values. */
    record Computed(Expr expr, Object[] values) {}

    private ColumnMeta column(Selector<T, ?> column) {
        LambdaBridge.Decoded d = LambdaBridge.selector(column, model);
        if (!(d.expr() instanceof ColumnRef ref) || ref.source() != 0) {
            throw new IllegalArgumentException("update(...) needs a lambda naming one column of "
                    + model.modelClass().getSimpleName() + ", like p -> p.views (" + d.source() + ")");
        }
        ColumnMeta c = (ColumnMeta) ref.column();
        if (c.primaryKey()) {
            throw new IllegalArgumentException("update(...) cannot change the primary key " + c.fieldName() + " of "
                    + model.modelClass().getSimpleName());
        }
        return c;
    }

    Map<ColumnMeta, Object> values() {
        return new LinkedHashMap<>(values);
    }

    List<ColumnMeta> columns() {
        return new ArrayList<>(values.keySet());
    }
}
