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
    private ModelStatements() {}

    static Expr pkEquals(ModelMeta<?> meta, int slot) {
        ColumnMeta pk = meta.primaryKey();
        return new Binary(BinaryOp.EQ, new ColumnRef(pk), new Param(slot, pk.type()));
    }

    /** {@code SELECT <all columns> FROM t WHERE pk = ?}, built once per model (the dialect caches its SQL by shape). */
    private static final ClassValue<Select> BY_KEY = new ClassValue<>() {
        @Override
        protected Select computeValue(Class<?> type) {
            ModelMeta<?> meta = ModelMeta.of(type);
            return Select.from(meta).and(pkEquals(meta, 0)); // and: keeps a soft-delete scope
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

    /**
     * UPDATE of {@code columns} (their values from {@code model}) by primary key; with a version column,
     * also {@code SET version = nextVersion} and {@code AND version = expectedVersion}.
     */
    static CompiledSql update(
            Dialect d,
            ModelMeta<?> meta,
            List<ColumnMeta> columns,
            Object model,
            Object expectedVersion,
            Object nextVersion) {
        List<Assignment> set = new ArrayList<>(columns.size() + 1);
        List<Object> params = new ArrayList<>(columns.size() + 3);
        for (ColumnMeta c : columns) {
            set.add(new Assignment(c, new Param(params.size(), c.type())));
            params.add(c.get(model));
        }
        ColumnMeta version = meta.versionColumn();
        if (version != null) {
            set.add(new Assignment(version, new Param(params.size(), version.type())));
            params.add(nextVersion);
        }
        Expr where = pkEquals(meta, params.size());
        params.add(meta.primaryKey().get(model));
        if (version != null) {
            where = new Binary(BinaryOp.AND, where, versionEquals(version, params.size()));
            params.add(expectedVersion);
        }
        return d.update(new Update(meta, set, where), params.toArray());
    }

    private static Expr versionEquals(ColumnMeta version, int slot) {
        return new Binary(BinaryOp.EQ, new ColumnRef(version), new Param(slot, version.type()));
    }

    /** DELETE by primary key; with a version column, also {@code AND version = expectedVersion}. */
    public static CompiledSql delete(Dialect d, ModelMeta<?> meta, Object key, Object expectedVersion) {
        ColumnMeta version = meta.versionColumn();
        if (version == null) {
            return d.delete(new Delete(meta, pkEquals(meta, 0)), new Object[] {key});
        }
        Expr where = new Binary(BinaryOp.AND, pkEquals(meta, 0), versionEquals(version, 1));
        return d.delete(new Delete(meta, where), new Object[] {key, expectedVersion});
    }
}
