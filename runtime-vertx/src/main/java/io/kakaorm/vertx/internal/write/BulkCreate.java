package io.kakaorm.vertx.internal.write;

import io.kakaorm.Model;
import io.kakaorm.UnsupportedFeatureException;
import io.kakaorm.dialect.CompiledSql;
import io.kakaorm.dialect.Dialect;
import io.kakaorm.meta.ColumnMeta;
import io.kakaorm.meta.ModelMeta;
import io.kakaorm.query.Versioning;
import io.kakaorm.spi.ModelState;
import io.kakaorm.spi.ModelState.Hook;
import io.kakaorm.vertx.internal.DatabaseImpl;
import io.kakaorm.vertx.internal.exec.SqlExecutor;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code Database.bulkCreate}: before-insert hooks, then auto times and validation of every instance
 * (nothing sent when one fails), then multi-row INSERTs as large as the bind limit allows in one
 * transaction (on PostgreSQL one {@code INSERT … SELECT FROM UNNEST(arrays)} for all rows), generated
 * keys read back with {@code RETURNING} (PostgreSQL, SQLite, MariaDB 10.5+) in row order, then the after-insert hooks inside the same transaction. On failure every instance is as
 * it was before (new, generated keys cleared).
 */
public final class BulkCreate {
    private final DatabaseImpl db;
    private volatile Future<Boolean> returning;

    public BulkCreate(DatabaseImpl db) {
        this.db = db;
    }

    /**
     * Instances sharing one column list: with explicit keys, or with keys to generate. {@code values} holds
     * each row's column values (all columns, in model order) read once after hooks, auto times and
     * normalisation: the binds and the dirty-tracking snapshot are taken from it, not from the fields again.
     */
    private record Group<T>(
            List<ColumnMeta> columns, int[] index, List<T> rows, List<Object[]> values, boolean generate) {}

    public <T extends Model<T>> Future<List<T>> run(List<T> models) {
        if (models.isEmpty()) {
            return Future.succeededFuture(List.of());
        }
        ModelMeta<T> meta;
        try {
            meta = sameModel(models);
        } catch (RuntimeException e) {
            return Future.failedFuture(e);
        }
        Future<Void> before = HookInfo.overrides(meta.modelClass(), Hook.BEFORE_INSERT)
                ? Sequential.each(models, m -> ModelState.run(m, Hook.BEFORE_INSERT))
                : Future.succeededFuture();
        return before.compose(v -> {
                    List<Group<T>> groups;
                    try {
                        groups = prepare(db.dialect(), meta, models);
                    } catch (RuntimeException e) {
                        return Future.failedFuture(e);
                    }
                    boolean generates = groups.stream().anyMatch(Group::generate);
                    Future<Boolean> ret = generates ? returning() : Future.succeededFuture(false);
                    return ret.compose(r -> db.transaction(tx -> {
                                Future<Void> f = Sequential.each(groups, g -> insert(meta, g));
                                return HookInfo.overrides(meta.modelClass(), Hook.AFTER_INSERT)
                                        ? f.compose(
                                                x -> Sequential.each(models, m -> ModelState.run(m, Hook.AFTER_INSERT)))
                                        : f;
                            }))
                            .onFailure(t -> reset(meta, groups));
                })
                .map(v -> models);
    }

    @SuppressWarnings("unchecked")
    private static <T extends Model<T>> ModelMeta<T> sameModel(List<T> models) {
        Class<?> cls = null;
        for (T m : models) {
            if (m == null) {
                throw new IllegalArgumentException("bulkCreate() got a null instance");
            }
            if (cls == null) {
                cls = m.getClass();
            } else if (m.getClass() != cls) {
                throw new IllegalArgumentException("bulkCreate() takes instances of one model; got "
                        + cls.getSimpleName() + " and " + m.getClass().getSimpleName());
            }
            if (m.isPersisted()) {
                throw new IllegalArgumentException("bulkCreate() inserts new instances; " + m + " is already saved");
            }
        }
        return (ModelMeta<T>) ModelMeta.of(cls);
    }

    private static <T> List<Group<T>> prepare(Dialect d, ModelMeta<T> meta, List<T> models) {
        ColumnMeta pk = meta.primaryKey();
        List<ColumnMeta> columns = meta.columns();
        int n = columns.size();
        List<T> generated = new ArrayList<>();
        List<Object[]> generatedValues = new ArrayList<>();
        List<T> explicit = new ArrayList<>();
        List<Object[]> explicitValues = new ArrayList<>();
        for (T m : models) {
            Object[] row = new Object[n];
            for (int i = 0; i < n; i++) {
                ColumnMeta c = columns.get(i);
                Object v;
                if (c.autoNow() || c.autoNowAdd()) {
                    v = AutoTimes.now(c.javaType());
                    c.set(m, v);
                } else {
                    v = c.get(m);
                }
                if (c == meta.versionColumn()) {
                    v = Versioning.initial(c, v);
                    c.set(m, v);
                }
                if (c == pk && c.autoIncrement() && v == null) {
                    continue;
                }
                if (v == null && c.defaultValue() != null) {
                    v = c.defaultValue(); // what the column DEFAULT would write
                    c.set(m, v);
                }
                if (v != null) { // what the column keeps, so the instance equals a read
                    Object normal = d.normalise(c, v);
                    if (normal != v) {
                        c.set(m, normal);
                        v = normal;
                    }
                }
                Validator.check(meta.modelClass(), c, v);
                row[i] = v;
            }
            boolean gen = pk.autoIncrement() && row[columns.indexOf(pk)] == null;
            (gen ? generated : explicit).add(m);
            (gen ? generatedValues : explicitValues).add(row);
        }
        List<Group<T>> out = new ArrayList<>();
        if (!explicit.isEmpty()) {
            out.add(new Group<>(columns, indexes(columns, columns), explicit, explicitValues, false));
        }
        if (!generated.isEmpty()) {
            List<ColumnMeta> cols = columns.stream().filter(c -> c != pk).toList();
            out.add(new Group<>(cols, indexes(columns, cols), generated, generatedValues, true));
        }
        return out;
    }

    private static int[] indexes(List<ColumnMeta> all, List<ColumnMeta> some) {
        int[] out = new int[some.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = all.indexOf(some.get(i));
        }
        return out;
    }

    private <T extends Model<T>> Future<Void> insert(ModelMeta<T> meta, Group<T> g) {
        Dialect d = db.dialect();
        int perRow = Math.max(1, g.columns().size());
        // arrays: one statement for every row; else as many rows as the bind limit allows
        int chunk = d.arrayParameters()
                ? Integer.MAX_VALUE
                : Math.max(1, d.features().maxBindParams() / perRow);
        List<Integer> starts = new ArrayList<>();
        for (int from = 0; from < g.rows().size(); from += chunk) {
            starts.add(from);
        }
        final int size = chunk;
        return Sequential.each(starts, from -> {
            int to = Math.min(g.rows().size(), from + size);
            return insertChunk(
                    d, meta, g, g.rows().subList(from, to), g.values().subList(from, to));
        });
    }

    private <T extends Model<T>> Future<Void> insertChunk(
            Dialect d, ModelMeta<T> meta, Group<T> g, List<T> part, List<Object[]> values) {
        SqlExecutor ex = db.executor();
        CompiledSql sql = d.arrayParameters()
                ? UnnestInsert.of(d, meta, g.columns(), g.index(), values, g.generate())
                : ConsecutiveKeys.applies(d) && g.generate()
                        ? null
                        : BulkInsertSql.values(d, meta, g.columns(), g.index(), values, g.generate());
        if (!g.generate()) {
            return ex.update(sql).map(n -> {
                for (int i = 0; i < part.size(); i++) {
                    ModelState.attach(part.get(i), db, true);
                    ModelState.remember(part.get(i), values.get(i)); // dirty tracking starts from what was written
                }
                return null;
            });
        }
        ColumnMeta pk = meta.primaryKey();
        int pkIndex = meta.columns().indexOf(pk);
        if (ConsecutiveKeys.applies(d)) { // consecutive rowids instead of reading every key back
            return ConsecutiveKeys.insert(ex, d, meta, g.columns(), g.index(), values)
                    .map(keys -> {
                        for (int i = 0; i < part.size(); i++) {
                            written(
                                    part.get(i),
                                    values.get(i),
                                    pk,
                                    pkIndex,
                                    d.fromDb(keys[i], pk.type(), pk.javaType()));
                        }
                        return null;
                    });
        }
        return ex.query(sql, r -> r.value(0)).compose(keys -> {
            if (keys.size() != part.size()) {
                return Future.failedFuture(new IllegalStateException(
                        "bulkCreate of " + meta.modelClass().getSimpleName() + ": the database returned " + keys.size()
                                + " keys for " + part.size() + " rows"));
            }
            for (int i = 0; i < part.size(); i++) {
                written(part.get(i), values.get(i), pk, pkIndex, d.fromDb(keys.get(i), pk.type(), pk.javaType()));
            }
            return Future.succeededFuture();
        });
    }

    /** An inserted instance: its generated key set, attached, its snapshot the values written. */
    private <T extends Model<T>> void written(T m, Object[] values, ColumnMeta pk, int pkIndex, Object key) {
        pk.set(m, key);
        values[pkIndex] = key;
        ModelState.attach(m, db, true);
        ModelState.remember(m, values);
    }

    private <T extends Model<T>> void reset(ModelMeta<T> meta, List<Group<T>> groups) {
        for (Group<T> g : groups) {
            for (T m : g.rows()) {
                if (g.generate()) {
                    meta.primaryKey().set(m, null);
                }
                ModelState.attach(m, db, false);
            }
        }
    }

    /**
     * Whether INSERT … RETURNING works here: where the dialect renders it, always; else where the database's
     * provider finds the server can ({@code BackendProvider.returningMissing}).
     */
    private Future<Boolean> returning() {
        Dialect d = db.dialect();
        if (d.features().returning()) {
            return Future.succeededFuture(true);
        }
        Future<Boolean> r = returning;
        if (r == null) {
            r = db.provider()
                    .returningMissing(db)
                    .compose(why -> why == null
                            ? Future.succeededFuture(true)
                            : Future.failedFuture(new UnsupportedFeatureException(
                                    d.name(),
                                    "bulkCreate() of rows with generated keys needs INSERT … RETURNING (" + why
                                            + "); save() them one by one")));
            returning = r;
        }
        return r;
    }
}
