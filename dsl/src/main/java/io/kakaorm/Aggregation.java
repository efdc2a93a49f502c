package io.kakaorm;

import io.kakaorm.expr.Call;
import io.kakaorm.expr.ColumnType;
import io.kakaorm.expr.Expr;
import io.kakaorm.expr.Function;
import io.kakaorm.meta.ModelMeta;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The named aggregates of one {@link Query#aggregate} call (the seed's
 * {@code aggregate(total=Sum(Post.views), …)}), computed in one statement into one {@link Row}:
 *
 * <pre>{@code
 * Row stats = db.from(Post.class).where(p -> p.published)
 *     .aggregate(a -> a.sum("totalViews", p -> p.views).avg("avgScore", p -> p.score).count("posts"))
 *     .await();
 * long total = stats.getLong("totalViews");
 * }</pre>
 *
 * Result types: {@code count} → {@code Long}; {@code sum} of whole numbers → {@code Long}, of
 * floating-point → {@code Double}, of decimals → {@code BigDecimal}; {@code avg} → {@code Double};
 * {@code min}/{@code max} → the column's type. Over no rows every aggregate but count is {@code null}.
 *
 * @param <T> the model
 */
public final class Aggregation<T> {
    /** One named aggregate. */
    record Item(String name, Call call, Object[] values) {}

    private final ModelMeta<?> model;
    private final List<Item> items = new ArrayList<>();
    private final Set<String> names = new LinkedHashSet<>();

    Aggregation(ModelMeta<?> model) {
        this.model = model;
    }

    /** {@code COUNT(*)} as {@code name}. */
    public Aggregation<T> count(String name) {
        return add(name, new Call(Function.COUNT, List.of(), ColumnType.LONG), new Object[0]);
    }

    /** {@code COUNT(value)}: the rows where {@code value} is not null. */
    public Aggregation<T> count(String name, Selector<T, ?> value) {
        return add(name, Function.COUNT, value);
    }

    /** {@code SUM(value)}. */
    public Aggregation<T> sum(String name, Selector<T, ? extends Number> value) {
        return add(name, Function.SUM, value);
    }

    /** {@code AVG(value)}. */
    public Aggregation<T> avg(String name, Selector<T, ? extends Number> value) {
        return add(name, Function.AVG, value);
    }

    /** {@code MIN(value)}. */
    public Aggregation<T> min(String name, Selector<T, ?> value) {
        return add(name, Function.MIN, value);
    }

    /** {@code MAX(value)}. */
    public Aggregation<T> max(String name, Selector<T, ?> value) {
        return add(name, Function.MAX, value);
    }

    List<Item> items() {
        return List.copyOf(items);
    }

    private Aggregation<T> add(String name, Function fn, Selector<T, ?> value) {
        LambdaBridge.Decoded d = LambdaBridge.selector(value, model);
        if (d.expr() == null) {
            throw new IllegalArgumentException(
                    fn + " of a constructed object (" + d.source() + "): aggregate a column");
        }
        return add(name, call(fn, d.expr()), d.values());
    }

    private Aggregation<T> add(String name, Call call, Object[] values) {
        if (name == null || name.isBlank() || !names.add(name)) {
            throw new IllegalArgumentException("aggregate names must be non-blank and distinct: " + name);
        }
        items.add(new Item(name, call, values));
        return this;
    }

    /** The aggregate call over {@code arg} with its result type. */
    static Call call(Function fn, Expr arg) {
        ColumnType t = arg.type();
        ColumnType result = switch (fn) {
            case COUNT, COUNT_DISTINCT -> ColumnType.LONG;
            case AVG -> ColumnType.DOUBLE;
            case SUM ->
                t == null
                        ? ColumnType.DOUBLE
                        : t.isInteger()
                                ? ColumnType.LONG
                                : t == ColumnType.DECIMAL ? ColumnType.DECIMAL : ColumnType.DOUBLE;
            case MIN, MAX -> t;
            default -> throw new IllegalArgumentException("not an aggregate: " + fn);
        };
        return new Call(fn, List.of(arg), result);
    }
}
