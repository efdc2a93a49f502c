package io.kakaorm.vertx.internal.query;

import io.kakaorm.QueryStream;
import io.kakaorm.dialect.CompiledSql;
import io.kakaorm.dialect.Dialect;
import io.kakaorm.meta.ModelMeta;
import io.kakaorm.query.Delete;
import io.kakaorm.query.InsertSelect;
import io.kakaorm.query.Projection;
import io.kakaorm.query.Select;
import io.kakaorm.query.Update;
import io.kakaorm.query.Versioning;
import io.kakaorm.spi.QueryExecutor;
import io.kakaorm.vertx.internal.DatabaseImpl;
import io.kakaorm.vertx.internal.exec.Values;
import io.vertx.core.Future;
import java.time.Duration;
import java.util.List;

/**
 * Runs {@link io.kakaorm.Query} statements on a {@link DatabaseImpl}: renders them with its dialect
 * and runs them on the executor of the calling context (the open transaction, else the pool).
 */
public final class QueryRunner implements QueryExecutor {
    private final DatabaseImpl db;

    public QueryRunner(DatabaseImpl db) {
        this.db = db;
    }

    @Override
    public QueryExecutor withTimeout(Duration timeout) {
        return db.withStatementTimeout(timeout).queries();
    }

    private Dialect dialect() {
        return db.dialect();
    }

    @Override
    public <R> Future<List<R>> list(Select select, Object[] params, Projection<R> projection) {
        try {
            CompiledSql sql = dialect().select(RowAliases.safe(dialect(), select, projection), params);
            return db.executor().query(sql, ProjectionMappers.of(projection, dialect(), db));
        } catch (RuntimeException e) {
            return Future.failedFuture(e);
        }
    }

    @Override
    public <R> QueryStream<R> stream(Select select, Object[] params, Projection<R> projection, int fetchSize) {
        return QueryStreams.open(db, select, params, ProjectionMappers.of(projection, dialect(), db), fetchSize);
    }

    @Override
    public Future<Long> count(Select select, Object[] params) {
        try {
            CompiledSql sql = dialect().count(select, params);
            return db.executor()
                    .query(sql, r -> Values.convert(r.value(0), Long.class))
                    .map(rows -> rows.isEmpty() || rows.get(0) == null ? 0L : rows.get(0));
        } catch (RuntimeException e) {
            return Future.failedFuture(e);
        }
    }

    @Override
    public Future<Integer> update(Update update, Object[] params) {
        try {
            if (update.model().variant() == ModelMeta.Variant.UNION) {
                return Future.failedFuture(new UnsupportedOperationException("update() of includeDeleted() of "
                        + update.model().modelClass().getSimpleName() + ": update the main table or onlyDeleted()"));
            }
            Versioning.Bumped b = Versioning.bump(update, params); // @Version moves on
            return db.executor().update(dialect().update(b.update(), b.params()));
        } catch (RuntimeException e) {
            return Future.failedFuture(e);
        }
    }

    @Override
    public Future<Integer> insertSelect(InsertSelect insert, Object[] params) {
        try {
            return db.executor().update(dialect().insertSelect(insert, params));
        } catch (RuntimeException e) {
            return Future.failedFuture(e);
        }
    }

    @Override
    public Future<Integer> delete(Delete delete, Object[] params) {
        try {
            if (delete.model().variant() == ModelMeta.Variant.UNION) {
                return Future.failedFuture(new UnsupportedOperationException("delete of includeDeleted() of "
                        + delete.model().modelClass().getSimpleName()
                        + ": delete from the main table or onlyDeleted()"));
            }
            return db.executor().update(dialect().delete(delete, params));
        } catch (RuntimeException e) {
            return Future.failedFuture(e);
        }
    }

    @Override
    public Future<Integer> move(Select rows, ModelMeta<?> to, Object[] params) {
        if (ArchiveRows.isUnion(rows)) {
            return Future.failedFuture(ArchiveRows.refused(rows, "delete()/restore()"));
        }
        return ArchiveRows.move(db, rows, to, params);
    }

    @Override
    public String describe(Select select, Object[] params) {
        return dialect().select(select, params).toString();
    }

    @Override
    public String describe(Update update, Object[] params) {
        Versioning.Bumped b = Versioning.bump(update, params); // as update() runs it
        return dialect().update(b.update(), b.params()).toString();
    }

    @Override
    public String describe(Delete delete, Object[] params) {
        return dialect().delete(delete, params).toString();
    }

    @Override
    public String describe(InsertSelect insert, Object[] params) {
        return dialect().insertSelect(insert, params).toString();
    }
}
