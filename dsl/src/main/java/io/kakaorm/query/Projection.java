package io.kakaorm.query;

import io.kakaorm.Row;
import io.kakaorm.expr.ColumnRef;
import io.kakaorm.expr.Expr;
import io.kakaorm.meta.ColumnMeta;
import io.kakaorm.meta.ModelMeta;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * How the rows of a {@link Select} become result objects: whole models, one value per row, a
 * record/class built through its constructor, or {@link io.kakaorm.Row}s. A projection's
 * {@link #items()} are the select list; the executor reads column {@code i} into part {@code i}.
 *
 * @param <R> the result type
 */
public sealed interface Projection<R> {

    /** The select list this projection reads, in order. */
    List<SelectItem> items();

    /** Every column of the model, hydrated into an instance that remembers its database. */
    record Model<R>(ModelMeta<R> model) implements Projection<R> {
        /** The item list per model class, built once (it was rebuilt with a stream on every query). */
        private static final ClassValue<List<SelectItem>> ITEMS = new ClassValue<>() {
            @Override
            protected List<SelectItem> computeValue(Class<?> type) {
                return ModelMeta.of(type).columns().stream()
                        .map(c -> new SelectItem(new ColumnRef(c), null))
                        .toList();
            }
        };

        @Override
        public List<SelectItem> items() {
            return ITEMS.get(model.modelClass());
        }
    }

    /**
     * One value per row.
     *
     * @param expr     the value
     * @param javaType the (boxed) Java type the value is converted to
     */
    record Scalar<R>(Expr expr, Class<R> javaType) implements Projection<R> {
        @Override
        public List<SelectItem> items() {
            return List.of(new SelectItem(expr, null));
        }
    }

    /**
     * A record or class built by the constructor of {@code type} taking {@code args.size()} values
     * ({@code p -> new TitleViews(p.title, p.views)}).
     *
     * @param type      the class to construct
     * @param args      the constructor arguments, in order
     * @param argTypes  the constructor's parameter types, in order
     */
    record Constructor<R>(Class<R> type, List<Expr> args, List<Class<?>> argTypes) implements Projection<R> {
        public Constructor {
            args = List.copyOf(args);
            argTypes = List.copyOf(argTypes);
        }

        @Override
        public List<SelectItem> items() {
            return args.stream().map(a -> new SelectItem(a, null)).toList();
        }
    }

    /**
     * {@link io.kakaorm.Row}s: name → value, in select-list order (the seed's dicts). Every item has an
     * alias, which is the row's key.
     */
    record Rows(List<SelectItem> items) implements Projection<Row> {
        public Rows {
            items = List.copyOf(items);
            for (SelectItem i : items) {
                if (i.alias() == null) {
                    throw new IllegalArgumentException("row items need names: " + i);
                }
            }
        }

        /** These rows with more items after the existing ones. */
        public Rows plus(List<SelectItem> more) {
            List<SelectItem> all = new ArrayList<>(items);
            all.addAll(more);
            return new Rows(all);
        }
    }

    /**
     * Several whole models per row (the pairs of a join): the columns of model {@code i} (FROM source
     * {@code i}) in model order, one model after the other. A model whose primary key reads NULL — the
     * missing side of an outer join — is {@code null}; {@code combine} builds the result from the models.
     *
     * @param models  the model of each source, in source order
     * @param combine builds the result from the models (a {@code List} that may hold nulls)
     */
    record Models<R>(List<ModelMeta<?>> models, Function<List<Object>, R> combine) implements Projection<R> {
        public Models {
            models = List.copyOf(models);
        }

        @Override
        public List<SelectItem> items() {
            List<SelectItem> out = new ArrayList<>();
            for (int i = 0; i < models.size(); i++) {
                for (ColumnMeta c : models.get(i).columns()) {
                    out.add(new SelectItem(new ColumnRef(c, i), null));
                }
            }
            return out;
        }
    }

    /**
     * {@code inner}'s rows with a hidden last column, {@code flag}: a row where it is 1 fails the query with
     * {@code failure} instead of becoming a result (a relation path read where Java would throw).
     *
     * @param inner   the projection the other columns are read into
     * @param flag    {@code CASE WHEN … THEN 1 ELSE 0 END}
     * @param failure the exception a flagged row fails the query with
     */
    record Checked<R>(Projection<R> inner, Expr flag, Supplier<? extends RuntimeException> failure)
            implements Projection<R> {
        @Override
        public List<SelectItem> items() {
            List<SelectItem> out = new ArrayList<>(inner.items());
            out.add(new SelectItem(flag, null));
            return out;
        }
    }
}
