package io.kakaorm.vertx.internal.write;

import io.kakaorm.Model;
import io.kakaorm.NotFoundException;
import io.kakaorm.OptimisticLockException;
import io.kakaorm.SaveResult;
import io.kakaorm.SaveResult.Outcome;
import io.kakaorm.dialect.CompiledSql;
import io.kakaorm.dialect.Dialect;
import io.kakaorm.meta.ColumnMeta;
import io.kakaorm.meta.ModelMeta;
import io.kakaorm.query.Versioning;
import io.kakaorm.spi.ModelState;
import io.kakaorm.spi.ModelState.Hook;
import io.kakaorm.vertx.internal.DatabaseImpl;
import io.kakaorm.vertx.internal.exec.SqlExecutor;
import io.kakaorm.vertx.internal.query.ModelMapper;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.List;

/**
 * save / delete / refresh of one instance, with hooks in the seed's order: before-hook, then (for
 * save) auto times, normalisation and validation, the statement, the after-hook. A failed before-hook or
 * validation sends no SQL. An UPDATE writes only the columns that changed since the instance was loaded
 * or saved (dirty tracking), and nothing at all — no hook either — when none did. A {@code @Version}
 * column is checked and moved on by UPDATE and DELETE. Outside a user transaction the statement and an
 * overridden after-hook share a transaction ({@link HookInfo}), so a failing after-hook leaves nothing
 * written and the instance as it was.
 */
public final class ModelWrites {
    private static final SaveResult UNCHANGED = new SaveResult(Outcome.UNCHANGED, List.of());
    private final DatabaseImpl db;

    public ModelWrites(DatabaseImpl db) {
        this.db = db;
    }

    public <T extends Model<T>> Future<SaveResult> save(T model) {
        boolean insert = !model.isPersisted();
        ModelMeta<?> meta = ModelMeta.of(model.getClass());
        if (!insert) {
            try {
                WriteValues.normalise(db.dialect(), meta, model);
            } catch (RuntimeException e) {
                return Future.failedFuture(e);
            }
            if (ModelState.changedColumns(model).isEmpty()) {
                return Future.succeededFuture(UNCHANGED);
            }
        }
        Hook after = insert ? Hook.AFTER_INSERT : Hook.AFTER_UPDATE;
        if (HookInfo.overrides(model.getClass(), after) && !db.inTransaction()) {
            Object keyBefore = meta.primaryKey().get(model);
            ColumnMeta version = meta.versionColumn();
            Object versionBefore = version == null ? null : version.get(model);
            Object loadedBefore = ModelState.loaded(model);
            return db.transaction(tx -> saveNow(model, insert)).onFailure(t -> {
                // rolled back: the instance is as it was before this save
                ModelState.attach(model, db, !insert);
                meta.primaryKey().set(model, keyBefore);
                if (version != null) {
                    version.set(model, versionBefore);
                }
                if (!insert && loadedBefore != null) {
                    ModelState.restoreLoaded(model, loadedBefore);
                }
            });
        }
        return saveNow(model, insert);
    }

    private <T extends Model<T>> Future<SaveResult> saveNow(T model, boolean insert) {
        Hook before = insert ? Hook.BEFORE_INSERT : Hook.BEFORE_UPDATE;
        Hook after = insert ? Hook.AFTER_INSERT : Hook.AFTER_UPDATE;
        return ModelState.run(model, before)
                .compose(v -> insert ? insert(model) : update(model))
                .compose(r -> r.wrote() ? ModelState.run(model, after).map(r) : Future.succeededFuture(r));
    }

    private <T extends Model<T>> Future<SaveResult> insert(T model) {
        @SuppressWarnings("unchecked")
        ModelMeta<T> meta = (ModelMeta<T>) ModelMeta.of(model.getClass());
        Dialect d = db.dialect();
        ColumnMeta pk = meta.primaryKey();
        List<ColumnMeta> columns = new ArrayList<>(meta.columns().size());
        List<String> fields = new ArrayList<>(meta.columns().size());
        boolean generateKey = false;
        try {
            for (ColumnMeta c : meta.columns()) {
                AutoTimes.fill(model, c, true);
                if (c == meta.versionColumn()) {
                    c.set(model, Versioning.initial(c, c.get(model)));
                }
                Object v = c.get(model);
                if (c == pk && c.autoIncrement() && v == null) {
                    generateKey = true;
                    fields.add(c.fieldName());
                    continue;
                }
                if (v == null && c.defaultValue() != null) {
                    c.set(model, c.defaultValue()); // the column DEFAULT, written and kept in the instance
                }
                v = WriteValues.normalise(d, c, model);
                Validator.check(meta.modelClass(), c, v);
                columns.add(c);
                fields.add(c.fieldName());
            }
        } catch (RuntimeException e) {
            return Future.failedFuture(e);
        }
        SaveResult result = new SaveResult(Outcome.INSERTED, fields);
        SqlExecutor ex = db.executor();
        if (!generateKey) {
            CompiledSql sql = ModelStatements.insert(d, meta, columns, model, false);
            return ex.update(sql).map(n -> inserted(model, result));
        }
        CompiledSql sql = ModelStatements.insert(d, meta, columns, model, true);
        return ex.insertReturningKey(sql).map(key -> {
            if (key != null) {
                pk.set(model, d.fromDb(key, pk.type(), pk.javaType()));
            }
            return inserted(model, result);
        });
    }

    private SaveResult inserted(Model<?> model, SaveResult result) {
        ModelState.attach(model, db, true);
        ModelState.remember(model);
        return result;
    }

    private <T extends Model<T>> Future<SaveResult> update(T model) {
        ModelMeta<?> meta = ModelMeta.of(model.getClass());
        Dialect d = db.dialect();
        ColumnMeta version = meta.versionColumn();
        List<ColumnMeta> set = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        Object expected = null;
        Object next = null;
        try {
            WriteValues.normalise(d, meta, model); // again: the before-hook may have set fields
            List<ColumnMeta> changed = ModelState.changedColumns(model);
            if (changed.isEmpty()) {
                return Future.succeededFuture(UNCHANGED); // the hook put everything back
            }
            for (ColumnMeta c : meta.columns()) {
                if (c.autoNow()) {
                    AutoTimes.fill(model, c, false);
                    WriteValues.normalise(d, c, model);
                } else if (!changed.contains(c)) {
                    continue;
                }
                Validator.check(meta.modelClass(), c, c.get(model));
                set.add(c);
                fields.add(c.fieldName());
            }
            if (version != null) {
                expected = version.get(model);
                next = Versioning.next(version, expected);
                fields.add(version.fieldName());
            }
        } catch (RuntimeException e) {
            return Future.failedFuture(e);
        }
        Object key = meta.primaryKey().get(model);
        Object expectedVersion = expected;
        Object nextVersion = next;
        CompiledSql sql = ModelStatements.update(d, meta, set, model, expectedVersion, nextVersion);
        return db.executor().update(sql).compose(n -> {
            if (n == 0) {
                return Future.failedFuture(
                        version == null ? gone(meta, key) : stale(meta, key, expectedVersion, "UPDATE"));
            }
            if (version != null) {
                version.set(model, nextVersion);
            }
            ModelState.remember(model);
            return Future.succeededFuture(new SaveResult(Outcome.UPDATED, fields));
        });
    }

    public <T extends Model<T>> Future<Void> delete(T model) {
        if (!model.isPersisted()) {
            ModelMeta<?> meta = ModelMeta.of(model.getClass());
            return Future.failedFuture(new IllegalStateException("Cannot delete this "
                    + model.getClass().getSimpleName() + " ("
                    + meta.primaryKey().fieldName() + " = "
                    + render(meta.primaryKey().get(model)) + "): it was never saved, or is already deleted, so it"
                    + " has no row; load it from the database to delete its row"));
        }
        if (HookInfo.overrides(model.getClass(), Hook.AFTER_DELETE) && !db.inTransaction()) {
            Object loadedBefore = ModelState.loaded(model);
            return db.transaction(tx -> deleteNow(model)).onFailure(t -> {
                ModelState.attach(model, db, true); // rolled back: the row is still there
                if (loadedBefore != null) {
                    ModelState.restoreLoaded(model, loadedBefore);
                }
            });
        }
        return deleteNow(model);
    }

    private <T extends Model<T>> Future<Void> deleteNow(T model) {
        ModelMeta<?> meta = ModelMeta.of(model.getClass());
        Object key = meta.primaryKey().get(model);
        ColumnMeta version = meta.versionColumn();
        Object expected = version == null ? null : version.get(model);
        return ModelState.run(model, Hook.BEFORE_DELETE)
                .compose(v -> db.executor().update(ModelStatements.delete(db.dialect(), meta, key, expected)))
                .compose(n -> {
                    if (n == 0 && version != null) {
                        return Future.failedFuture(stale(meta, key, expected, "DELETE"));
                    }
                    ModelState.attach(model, db, false);
                    return ModelState.run(model, Hook.AFTER_DELETE);
                });
    }

    public <T extends Model<T>> Future<T> refresh(T model) {
        @SuppressWarnings("unchecked")
        ModelMeta<T> meta = (ModelMeta<T>) ModelMeta.of(model.getClass());
        Object key = meta.primaryKey().get(model);
        ModelMapper<T> mapper = db.mapper(meta);
        return db.executor()
                .query(ModelStatements.byKey(db.dialect(), meta, key), r -> mapper.fill(model, r))
                .compose(rows -> rows.isEmpty() ? Future.failedFuture(gone(meta, key)) : Future.succeededFuture(model));
    }

    public static NotFoundException gone(ModelMeta<?> meta, Object key) {
        return new NotFoundException(
                meta.modelClass(),
                meta.primaryKey().fieldName() + " = " + render(key) + " (table " + meta.table() + ")");
    }

    private static OptimisticLockException stale(ModelMeta<?> meta, Object key, Object expected, String what) {
        return new OptimisticLockException(
                meta.modelClass(),
                meta.primaryKey().fieldName(),
                key,
                meta.versionColumn().fieldName(),
                expected,
                what + " of table " + meta.table());
    }

    private static String render(Object key) {
        return key instanceof String s ? "'" + s + "'" : String.valueOf(key);
    }
}
