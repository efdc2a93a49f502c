package io.kakaorm.vertx.internal.write;

import io.kakaorm.dialect.CompiledSql;
import io.kakaorm.dialect.Dialect;
import io.kakaorm.expr.Binary;
import io.kakaorm.expr.BinaryOp;
import io.kakaorm.expr.ColumnRef;
import io.kakaorm.expr.Expr;
import io.kakaorm.expr.Param;
import io.kakaorm.meta.ColumnMeta;
import io.kakaorm.meta.ModelMeta;
import io.kakaorm.query.Assignment;
import io.kakaorm.query.Delete;
import io.kakaorm.query.Insert;
import io.kakaorm.query.OrderItem;
import io.kakaorm.query.Select;
import io.kakaorm.query.Update;
import java.util.ArrayList;
import java.util.List;

/** The single-row statements of model CRUD, built as query records and rendered by the dialect. */
public final class ModelStatements {
    private ModelStatements() {
    }

    static Expr pkEquals(ModelMeta<?> meta, int slot) {
        ColumnMeta pk = meta.primaryKey();
        return new Binary(BinaryOp.EQ, new ColumnRef(pk), new Param(slot, pk.type()));
    }

    /** {@code SELECT <all columns> FROM t WHERE pk = ?}, built once per model (the dialect caches its SQL by shape). */
    private static final ClassValue<Select> BY_KEY = new ClassValue<>() {
        @Override
        protected Select computeValue(Class<?> type) {
            ModelMeta<?> meta = ModelMeta.of(type);
            return Select.from(meta).withWhere(pkEquals(meta, 0));
        }
    };

    public static CompiledSql byKey(Dialect d, ModelMeta<?> meta, Object key) {
        return d.select(BY_KEY.get(meta.modelClass()), new Object[] {key});
    }

    /**
     * {@code all()}, {@code first()} and {@code last()} of a model, built once per model: the same
     * {@code Select} instance each call lets the dialect's shape cache answer by identity.
     */
    private static final ClassValue<Select[]> ORDERED = new ClassValue<>() {
        @Override
        protected Select[] computeValue(Class<?> type) {
            ModelMeta<?> meta = ModelMeta.of(type);
            Select asc = Select.from(meta).orderedBy(new OrderItem(new ColumnRef(meta.primaryKey()), false));
            Select desc = Select.from(meta).orderedBy(new OrderItem(new ColumnRef(meta.primaryKey()), true));
            return new Select[] {asc, asc.withLimit(1L), desc.withLimit(1L)};
        }
    };

    private static final Object[] NO_PARAMS = new Object[0];

    public static CompiledSql ordered(Dialect d, ModelMeta<?> meta, boolean descending, Long limit) {
        Select[] shapes = ORDERED.get(meta.modelClass());
        Select s;
        if (limit == null && !descending) {
            s = shapes[0];
        } else if (limit != null && limit == 1L) {
            s = descending ? shapes[2] : shapes[1];
        } else {
            s = Select.from(meta).orderedBy(new OrderItem(new ColumnRef(meta.primaryKey()), descending));
            s = limit == null ? s : s.withLimit(limit);
        }
        return d.select(s, NO_PARAMS);
    }

    /** INSERT of {@code columns} with their values from {@code model}. */
    static CompiledSql insert(Dialect d, ModelMeta<?> meta, List<ColumnMeta> columns, Object model, boolean returnKey) {
        Object[] values = new Object[columns.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = columns.get(i).get(model);
        }
        return d.insert(new Insert(meta, columns, returnKey), values);
    }

    /** UPDATE of every non-key column, by primary key. */
    static CompiledSql update(Dialect d, ModelMeta<?> meta, Object model) {
        List<Assignment> set = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        for (ColumnMeta c : meta.columns()) {
            if (!c.primaryKey()) {
                set.add(new Assignment(c, new Param(params.size(), c.type())));
                params.add(c.get(model));
            }
        }
        Expr where = pkEquals(meta, params.size());
        params.add(meta.primaryKey().get(model));
        return d.update(new Update(meta, set, where), params.toArray());
    }

    public static CompiledSql delete(Dialect d, ModelMeta<?> meta, Object key) {
        return d.delete(new Delete(meta, pkEquals(meta, 0)), new Object[] {key});
    }
}
