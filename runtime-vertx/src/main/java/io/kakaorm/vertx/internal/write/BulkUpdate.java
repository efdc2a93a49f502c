package io.kakaorm.vertx.internal.write;

import io.kakaorm.Model;
import io.kakaorm.OptimisticLockException;
import io.kakaorm.Selector;
import io.kakaorm.dialect.CompiledSql;
import io.kakaorm.dialect.Dialect;
import io.kakaorm.expr.ColumnRef;
import io.kakaorm.expr.Expr;
import io.kakaorm.lambda.LambdaDecoder;
import io.kakaorm.meta.ColumnMeta;
import io.kakaorm.meta.ModelMeta;
import io.kakaorm.query.Versioning;
import io.kakaorm.vertx.internal.DatabaseImpl;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code Database.bulkUpdate}: one {@code UPDATE t SET c = CASE pk WHEN ? THEN ? … ELSE c END …
 * WHERE pk IN (…)} per chunk of instances that fits the bind limit, in one transaction. The
 * {@code ELSE c} branch gives the CASE the column's type, so every database types the parameters
 * alike. Values are validated first; {@code @AutoNow} columns are refreshed and written too. Hooks are
 * not called (as for a query's {@code update}).
 */
public final class BulkUpdate {
    private final DatabaseImpl db;

    public BulkUpdate(DatabaseImpl db) {
        this.db = db;
    }

    @SafeVarargs
    public final <T extends Model<T>> Future<Integer> run(List<T> models, Selector<T, ?>... fields) {
        if (models.isEmpty()) {
            return Future.succeededFuture(0);
        }
        ModelMeta<?> meta;
        List<ColumnMeta> columns;
        try {
            meta = ModelMeta.of(models.get(0).getClass());
            columns = columns(meta, fields);
            for (T m : models) {
                if (m == null || m.getClass() != meta.modelClass() || !m.isPersisted()) {
                    throw new IllegalArgumentException("bulkUpdate() takes saved instances of one model; got " + m);
                }
                for (ColumnMeta c : columns) {
                    AutoTimes.fill(m, c, false);
                    Validator.check(meta.modelClass(), c, c.get(m));
                }
            }
        } catch (RuntimeException e) {
            return Future.failedFuture(e);
        }
        Dialect d = db.dialect();
        Versions versions = Versions.of(meta, models);
        int perRow = 2 * columns.size() + 1 + (versions == null ? 0 : 4);
        int chunk = Math.max(1, d.features().maxBindParams() / perRow);
        List<ColumnMeta> cols = columns;
        return db.transaction(tx -> {
                    Future<Integer> f = Future.succeededFuture(0);
                    for (int from = 0; from < models.size(); from += chunk) {
                        List<T> part = models.subList(from, Math.min(models.size(), from + chunk));
                        f = f.compose(n -> db.executor()
                                .update(sql(d, meta, cols, part, versions))
                                .compose(k -> versions == null || k == part.size()
                                        ? Future.succeededFuture(n + k)
                                        : Future.failedFuture(versions.stale(meta, part))));
                    }
                    return f;
                })
                .onSuccess(n -> {
                    if (versions != null) {
                        versions.apply(models);
                    }
                });
    }

    /**
     * The {@code @Version} of each instance: the UPDATE sets the next value and matches only rows still at
     * the expected one; a chunk that matched fewer rows than it has instances fails the whole bulk update
     * with {@link OptimisticLockException} (rolled back), and on success the instances hold their new version.
     */
    private record Versions(
            ColumnMeta column, IdentityHashMap<Object, Object> expected, IdentityHashMap<Object, Object> next) {
        static Versions of(ModelMeta<?> meta, List<? extends Model<?>> models) {
            ColumnMeta v = meta.versionColumn();
            if (v == null) {
                return null;
            }
            Versions out = new Versions(v, new IdentityHashMap<>(), new IdentityHashMap<>());
            for (Model<?> m : models) {
                out.expected.put(m, v.get(m));
                out.next.put(m, Versioning.next(v, v.get(m)));
            }
            return out;
        }

        void apply(List<? extends Model<?>> models) {
            for (Model<?> m : models) {
                column.set(m, next.get(m));
            }
        }

        OptimisticLockException stale(ModelMeta<?> meta, List<? extends Model<?>> part) {
            List<Object> keys = new ArrayList<>();
            for (Model<?> m : part) {
                keys.add(meta.primaryKey().get(m));
            }
            return new OptimisticLockException(
                    meta.modelClass(),
                    meta.primaryKey().fieldName() + " in",
                    keys,
                    column.fieldName(),
                    "the versions each instance was read with",
                    "bulkUpdate");
        }
    }

    private static List<ColumnMeta> columns(ModelMeta<?> meta, Selector<?, ?>[] fields) {
        if (fields.length == 0) {
            throw new IllegalArgumentException("bulkUpdate() needs the fields to write, like p -> p.views");
        }
        Set<ColumnMeta> out = new LinkedHashSet<>();
        for (Selector<?, ?> s : fields) {
            Expr e = LambdaDecoder.decode(s, meta.modelClass()).expr();
            if (!(e instanceof ColumnRef c) || !(c.column() instanceof ColumnMeta m) || m.primaryKey()) {
                throw new IllegalArgumentException("bulkUpdate() fields must each name a non-key column of "
                        + meta.modelClass().getSimpleName() + ", like p -> p.views");
            }
            out.add(m);
        }
        for (ColumnMeta c : meta.columns()) {
            if (c.autoNow()) {
                out.add(c);
            }
        }
        return new ArrayList<>(out);
    }

    private static CompiledSql sql(
            Dialect d, ModelMeta<?> meta, List<ColumnMeta> columns, List<? extends Model<?>> rows, Versions versions) {
        ColumnMeta pk = meta.primaryKey();
        String qpk = d.quote(pk.name());
        List<Object> binds = new ArrayList<>();
        StringBuilder sb =
                new StringBuilder("UPDATE ").append(d.quote(meta.table())).append(" SET ");
        for (int i = 0; i < columns.size(); i++) {
            ColumnMeta c = columns.get(i);
            String qc = d.quote(c.name());
            sb.append(i == 0 ? "" : ", ").append(qc).append(" = CASE ").append(qpk);
            for (Model<?> m : rows) {
                sb.append(" WHEN ? THEN ?");
                binds.add(d.toDb(pk.get(m)));
                binds.add(d.toDb(c.get(m)));
            }
            sb.append(" ELSE ").append(qc).append(" END");
        }
        if (versions != null) {
            versionCase(
                    d,
                    sb.append(", ").append(d.quote(versions.column().name())).append(" = "),
                    qpk,
                    rows,
                    versions.next(),
                    binds);
        }
        sb.append(" WHERE ").append(qpk).append(" IN (");
        for (int i = 0; i < rows.size(); i++) {
            sb.append(i == 0 ? "?" : ", ?");
            binds.add(d.toDb(pk.get(rows.get(i))));
        }
        sb.append(')');
        if (versions != null) {
            versionCase(
                    d,
                    sb.append(" AND ").append(d.quote(versions.column().name())).append(" = "),
                    qpk,
                    rows,
                    versions.expected(),
                    binds);
        }
        return new CompiledSql(d.placeholders(sb.toString()), binds);
    }

    /** {@code CASE pk WHEN ? THEN <value of the row> … ELSE version END} for the version column. */
    private static void versionCase(
            Dialect d,
            StringBuilder sb,
            String qpk,
            List<? extends Model<?>> rows,
            IdentityHashMap<Object, Object> values,
            List<Object> binds) {
        ModelMeta<?> meta = ModelMeta.of(rows.get(0).getClass());
        ColumnMeta pk = meta.primaryKey();
        sb.append("CASE ").append(qpk);
        for (Model<?> m : rows) {
            sb.append(" WHEN ? THEN ?");
            binds.add(d.toDb(pk.get(m)));
            binds.add(d.toDb(values.get(m)));
        }
        sb.append(" ELSE ").append(d.quote(meta.versionColumn().name())).append(" END"); // ELSE: the column's type
    }
}
