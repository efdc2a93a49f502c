package io.kakaorm.vertx.internal.write;

import io.kakaorm.Model;
import io.kakaorm.ModelState.Hook;
import io.kakaorm.ModelState;
import io.kakaorm.NotFoundException;
import io.kakaorm.dialect.CompiledSql;
import io.kakaorm.dialect.Dialect;
import io.kakaorm.meta.ColumnMeta;
import io.kakaorm.meta.ModelMeta;
import io.kakaorm.vertx.internal.DatabaseImpl;
import io.kakaorm.vertx.internal.exec.SqlExecutor;
import io.kakaorm.vertx.internal.query.ModelMapper;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.List;

/**
 * save / delete / refresh of one instance, with hooks in the seed's order: before-hook, then (for
 * save) auto times and validation, the statement, the after-hook. A failed before-hook or validation
 * sends no SQL. Outside a user transaction the statement and an overridden after-hook share a
 * transaction ({@link HookInfo}), so a failing after-hook leaves nothing written.
 */
public final class ModelWrites {
    private final DatabaseImpl db;

    public ModelWrites(DatabaseImpl db) {
        this.db = db;
    }

    public <T extends Model<T>> Future<T> save(T model) {
        boolean insert = !model.isPersisted();
        Hook after = insert ? Hook.AFTER_INSERT : Hook.AFTER_UPDATE;
        if (HookInfo.overrides(model.getClass(), after) && !db.inTransaction()) {
            Object keyBefore = ModelMeta.of(model.getClass()).primaryKey().get(model);
            return db.transaction(tx -> saveNow(model, insert)).onFailure(t -> {
                if (insert) { // rolled back: the instance is new again
                    ModelState.attach(model, db, false);
                    ModelMeta.of(model.getClass()).primaryKey().set(model, keyBefore);
                }
            });
        }
        return saveNow(model, insert);
    }

    private <T extends Model<T>> Future<T> saveNow(T model, boolean insert) {
        Hook before = insert ? Hook.BEFORE_INSERT : Hook.BEFORE_UPDATE;
        Hook after = insert ? Hook.AFTER_INSERT : Hook.AFTER_UPDATE;
        return ModelState.run(model, before)
                .compose(v -> insert ? insert(model) : update(model))
                .compose(v -> ModelState.run(model, after))
                .map(v -> model);
    }

    private <T extends Model<T>> Future<Void> insert(T model) {
        @SuppressWarnings("unchecked")
        ModelMeta<T> meta = (ModelMeta<T>) ModelMeta.of(model.getClass());
        Dialect d = db.dialect();
        ColumnMeta pk = meta.primaryKey();
        List<ColumnMeta> columns = new ArrayList<>(meta.columns().size());
        boolean generateKey = false;
        try {
            for (ColumnMeta c : meta.columns()) {
                AutoTimes.fill(model, c, true);
                Object v = c.get(model);
                if (c == pk && c.autoIncrement() && v == null) {
                    generateKey = true;
                    continue;
                }
                Validator.check(meta.modelClass(), c, v);
                if (v == null && c.defaultValue() != null) {
                    continue; // let the column DEFAULT apply
                }
                columns.add(c);
            }
        } catch (RuntimeException e) {
            return Future.failedFuture(e);
        }
        SqlExecutor ex = db.executor();
        if (!generateKey) {
            CompiledSql sql = ModelStatements.insert(d, meta, columns, model, false);
            return ex.update(sql).map(n -> {
                ModelState.attach(model, db, true);
                return null;
            });
        }
        CompiledSql sql = ModelStatements.insert(d, meta, columns, model, true);
        return ex.insertReturningKey(sql).map(key -> {
            if (key != null) {
                pk.set(model, d.fromDb(key, pk.type(), pk.javaType()));
            }
            ModelState.attach(model, db, true);
            return null;
        });
    }

    private <T extends Model<T>> Future<Void> update(T model) {
        ModelMeta<?> meta = ModelMeta.of(model.getClass());
        try {
            for (ColumnMeta c : meta.columns()) {
                AutoTimes.fill(model, c, false);
                if (!c.primaryKey()) {
                    Validator.check(meta.modelClass(), c, c.get(model));
                }
            }
        } catch (RuntimeException e) {
            return Future.failedFuture(e);
        }
        if (meta.columns().size() == 1) {
            return Future.succeededFuture(); // nothing but the key
        }
        Object key = meta.primaryKey().get(model);
        return db.executor().update(ModelStatements.update(db.dialect(), meta, model)).compose(n -> n == 0
                ? Future.failedFuture(gone(meta, key)) : Future.succeededFuture());
    }

    public <T extends Model<T>> Future<Void> delete(T model) {
        if (HookInfo.overrides(model.getClass(), Hook.AFTER_DELETE) && !db.inTransaction()) {
            return db.transaction(tx -> deleteNow(model));
        }
        return deleteNow(model);
    }

    private <T extends Model<T>> Future<Void> deleteNow(T model) {
        ModelMeta<?> meta = ModelMeta.of(model.getClass());
        Object key = meta.primaryKey().get(model);
        return ModelState.run(model, Hook.BEFORE_DELETE)
                .compose(v -> db.executor().update(ModelStatements.delete(db.dialect(), meta, key)))
                .compose(n -> {
                    ModelState.attach(model, db, false);
                    return ModelState.run(model, Hook.AFTER_DELETE);
                });
    }

    public <T extends Model<T>> Future<T> refresh(T model) {
        @SuppressWarnings("unchecked")
        ModelMeta<T> meta = (ModelMeta<T>) ModelMeta.of(model.getClass());
        Object key = meta.primaryKey().get(model);
        ModelMapper<T> mapper = db.mapper(meta);
        return db.executor().query(ModelStatements.byKey(db.dialect(), meta, key), r -> mapper.fill(model, r))
                .compose(rows -> rows.isEmpty() ? Future.failedFuture(gone(meta, key))
                        : Future.succeededFuture(model));
    }

    public static NotFoundException gone(ModelMeta<?> meta, Object key) {
        return new NotFoundException(meta.modelClass(), meta.primaryKey().fieldName() + " = " + render(key)
                + " (table " + meta.table() + ")");
    }

    private static String render(Object key) {
        return key instanceof String s ? "'" + s + "'" : String.valueOf(key);
    }
}
