package io.kakaorm;

import io.kakaorm.meta.ModelMeta;
import io.kakaorm.query.Delete;
import io.kakaorm.query.InsertSelect;
import io.kakaorm.query.Projection;
import io.kakaorm.query.Select;
import io.kakaorm.query.Update;
import io.kakaorm.spi.CallSite;
import io.kakaorm.spi.QueryExecutor;
import io.vertx.core.Future;
import java.util.List;

/** A {@link QueryExecutor} that makes a query's lambda positions the {@link CallSite} of each call. */
record SitedExecutor(QueryExecutor delegate, List<String> sources) implements QueryExecutor {
    @Override
    public <R> Future<List<R>> list(Select select, Object[] params, Projection<R> projection) {
        return CallSite.with(sources, () -> delegate.list(select, params, projection));
    }

    @Override
    public <R> QueryStream<R> stream(Select select, Object[] params, Projection<R> projection, int fetchSize) {
        return CallSite.with(sources, () -> delegate.stream(select, params, projection, fetchSize));
    }

    @Override
    public Future<Long> count(Select select, Object[] params) {
        return CallSite.with(sources, () -> delegate.count(select, params));
    }

    @Override
    public Future<Integer> update(Update update, Object[] params) {
        return CallSite.with(sources, () -> delegate.update(update, params));
    }

    @Override
    public Future<Integer> insertSelect(InsertSelect insert, Object[] params) {
        return CallSite.with(sources, () -> delegate.insertSelect(insert, params));
    }

    @Override
    public Future<Integer> delete(Delete delete, Object[] params) {
        return CallSite.with(sources, () -> delegate.delete(delete, params));
    }

    @Override
    public Future<Integer> move(Select rows, ModelMeta<?> to, Object[] params) {
        return CallSite.with(sources, () -> delegate.move(rows, to, params));
    }

    @Override
    public String describe(Select select, Object[] params) {
        return delegate.describe(select, params);
    }

    @Override
    public String describe(Update update, Object[] params) {
        return delegate.describe(update, params);
    }

    @Override
    public String describe(Delete delete, Object[] params) {
        return delegate.describe(delete, params);
    }

    @Override
    public String describe(InsertSelect insert, Object[] params) {
        return delegate.describe(insert, params);
    }
}
