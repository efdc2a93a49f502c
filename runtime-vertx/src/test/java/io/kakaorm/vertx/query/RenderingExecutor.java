package io.kakaorm.vertx.query;

import io.kakaorm.QueryStream;
import io.kakaorm.dialect.CompiledSql;
import io.kakaorm.dialect.Dialect;
import io.kakaorm.query.Delete;
import io.kakaorm.query.Projection;
import io.kakaorm.query.Select;
import io.kakaorm.query.Update;
import io.kakaorm.spi.QueryExecutor;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.List;

/** Renders what a query hands over with a real dialect and keeps the SQL; runs nothing. */
final class RenderingExecutor implements QueryExecutor {
    final Dialect dialect;
    final List<CompiledSql> rendered = new ArrayList<>();
    List<?> answer = List.of();

    RenderingExecutor(Dialect dialect) {
        this.dialect = dialect;
    }

    CompiledSql last() {
        return rendered.get(rendered.size() - 1);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <R> Future<List<R>> list(Select select, Object[] params, Projection<R> projection) {
        rendered.add(dialect.select(select, params));
        return Future.succeededFuture((List<R>) answer);
    }

    @Override
    public <R> QueryStream<R> stream(Select select, Object[] params, Projection<R> projection, int fetchSize) {
        rendered.add(dialect.select(select, params));
        return null;
    }

    @Override
    public Future<Long> count(Select select, Object[] params) {
        rendered.add(dialect.count(select, params));
        return Future.succeededFuture(0L);
    }

    @Override
    public Future<Integer> update(Update update, Object[] params) {
        rendered.add(dialect.update(update, params));
        return Future.succeededFuture(0);
    }

    @Override
    public Future<Integer> delete(Delete delete, Object[] params) {
        rendered.add(dialect.delete(delete, params));
        return Future.succeededFuture(0);
    }

    @Override
    public String describe(Select select, Object[] params) {
        return dialect.select(select, params).toString();
    }
}
