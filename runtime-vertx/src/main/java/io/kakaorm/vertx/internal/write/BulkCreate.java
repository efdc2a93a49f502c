package io.kakaorm.vertx.internal.write;

import io.kakaorm.vertx.internal.DatabaseImpl;
import io.kakaorm.vertx.internal.exec.SqlExecutor;

import io.kakaorm.Model;
import io.kakaorm.ModelState;
import io.kakaorm.ModelState.Hook;
import io.kakaorm.UnsupportedFeatureException;
import io.kakaorm.dialect.CompiledSql;
import io.kakaorm.dialect.Dialect;
import io.kakaorm.meta.ColumnMeta;
import io.kakaorm.meta.ModelMeta;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code Database.bulkCreate}: before-insert hooks, then auto times and validation of every instance
 * (nothing sent when one fails), then multi-row INSERTs as large as the bind limit allows in one
 * transaction, generated keys read back with {@code RETURNING} (PostgreSQL, SQLite, MariaDB 10.5+) in
 * row order, then the after-insert hooks inside the same transaction. On failure every instance is as
 * it was before (new, generated keys cleared).
 */
public final class BulkCreate {
    private final DatabaseImpl db;
    private volatile Future<Boolean> returning;

    public BulkCreate(DatabaseImpl db) {
        this.db = db;
    }

    /** Instances sharing one column list: with explicit keys, or with keys to generate. */
    private record Group<T>(List<ColumnMeta> columns, List<T> rows, boolean generate) {
    }

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
                ? Sequential.each(models, m -> ModelState.run(m, Hook.BEFORE_INSERT)) : Future.succeededFuture();
        return before.compose(v -> {
            List<Group<T>> groups;
            try {
                groups = prepare(meta, models);
            } catch (RuntimeException e) {
                return Future.failedFuture(e);
            }
            boolean generates = groups.stream().anyMatch(Group::generate);
            Future<Boolean> ret = generates ? returning() : Future.succeededFuture(false);
            return ret.compose(r -> db.transaction(tx -> {
                Future<Void> f = Sequential.each(groups, g -> insert(meta, g));
                return HookInfo.overrides(meta.modelClass(), Hook.AFTER_INSERT)
                        ? f.compose(x -> Sequential.each(models, m -> ModelState.run(m, Hook.AFTER_INSERT))) : f;
            })).onFailure(t -> reset(meta, groups));
        }).map(v -> models);
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

    private static <T> List<Group<T>> prepare(ModelMeta<T> meta, List<T> models) {
        ColumnMeta pk = meta.primaryKey();
        List<T> generated = new ArrayList<>();
        List<T> explicit = new ArrayList<>();
        for (T m : models) {
            for (ColumnMeta c : meta.columns()) {
                AutoTimes.fill(m, c, true);
                Object v = c.get(m);
                if (c == pk && c.autoIncrement() && v == null) {
                    continue;
                }
                if (v == null && c.defaultValue() != null) {
                    c.set(m, c.defaultValue()); // what the column DEFAULT would write
                    v = c.defaultValue();
                }
                Validator.check(meta.modelClass(), c, v);
            }
            (pk.autoIncrement() && pk.get(m) == null ? generated : explicit).add(m);
        }
        List<Group<T>> out = new ArrayList<>();
        if (!explicit.isEmpty()) {
            out.add(new Group<>(meta.columns(), explicit, false));
        }
        if (!generated.isEmpty()) {
            out.add(new Group<>(meta.columns().stream().filter(c -> c != pk).toList(), generated, true));
        }
        return out;
    }

    private <T extends Model<T>> Future<Void> insert(ModelMeta<T> meta, Group<T> g) {
        Dialect d = db.dialect();
        int perRow = Math.max(1, g.columns().size());
        int chunk = Math.max(1, d.features().maxBindParams() / perRow);
        List<List<T>> parts = new ArrayList<>();
        for (int from = 0; from < g.rows().size(); from += chunk) {
            parts.add(g.rows().subList(from, Math.min(g.rows().size(), from + chunk)));
        }
        return Sequential.each(parts, part -> insertChunk(d, meta, g, part));
    }

    private <T extends Model<T>> Future<Void> insertChunk(Dialect d, ModelMeta<T> meta, Group<T> g, List<T> part) {
        List<Object> binds = new ArrayList<>(part.size() * g.columns().size());
        for (T m : part) {
            for (ColumnMeta c : g.columns()) {
                binds.add(d.toDb(c.get(m)));
            }
        }
        CompiledSql sql = new CompiledSql(BulkInsertSql.of(d, meta, g.columns(), part.size(), g.generate()), binds);
        SqlExecutor ex = db.executor();
        if (!g.generate()) {
            return ex.update(sql).map(n -> {
                part.forEach(m -> ModelState.attach(m, db, true));
                return null;
            });
        }
        ColumnMeta pk = meta.primaryKey();
        return ex.query(sql, r -> r.value(0)).compose(keys -> {
            if (keys.size() != part.size()) {
                return Future.failedFuture(new IllegalStateException("bulkCreate of " + meta.modelClass().getSimpleName()
                        + ": the database returned " + keys.size() + " keys for " + part.size() + " rows"));
            }
            for (int i = 0; i < part.size(); i++) {
                pk.set(part.get(i), d.fromDb(keys.get(i), pk.type(), pk.javaType()));
                ModelState.attach(part.get(i), db, true);
            }
            return Future.succeededFuture();
        });
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

    /** Whether INSERT … RETURNING works here: always on PostgreSQL and SQLite; on MySQL-protocol servers only MariaDB 10.5+. */
    private Future<Boolean> returning() {
        Dialect d = db.dialect();
        if (d.features().returning()) {
            return Future.succeededFuture(true);
        }
        Future<Boolean> r = returning;
        if (r == null) {
            r = db.fetchValue(String.class, "SELECT VERSION()").compose(v -> mariaDb105(v) ? Future.succeededFuture(true)
                    : Future.failedFuture(new UnsupportedFeatureException(d.name(), "bulkCreate() of rows with generated"
                            + " keys needs INSERT … RETURNING (MariaDB 10.5+; this server is " + v + "); save() them one by one")));
            returning = r;
        }
        return r;
    }

    static boolean mariaDb105(String version) {
        if (version == null || !version.contains("MariaDB")) {
            return false;
        }
        String[] p = version.split("[.-]");
        try {
            int major = Integer.parseInt(p[0]);
            int minor = Integer.parseInt(p[1]);
            return major > 10 || (major == 10 && minor >= 5);
        } catch (RuntimeException e) {
            return false;
        }
    }
}
