package io.kakaorm;

import io.kakaorm.query.Delete;
import io.kakaorm.query.Projection;
import io.kakaorm.query.Select;
import io.kakaorm.query.Update;
import io.kakaorm.spi.QueryExecutor;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Records the statements a query hands over and answers with canned results (no database involved). */
final class RecordingExecutor implements QueryExecutor {
    Object statement;
    List<Object> params;
    Projection<?> projection;
    List<?> answer = List.of();
    long countAnswer;
    int affected = 3;

    @Override
    @SuppressWarnings("unchecked")
    public <R> Future<List<R>> list(Select select, Object[] p, Projection<R> proj) {
        record(select, p);
        projection = proj;
        return Future.succeededFuture((List<R>) answer);
    }

    @Override
    public <R> QueryStream<R> stream(Select select, Object[] p, Projection<R> proj, int fetchSize) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Future<Long> count(Select select, Object[] p) {
        record(select, p);
        return Future.succeededFuture(countAnswer);
    }

    @Override
    public Future<Integer> update(Update update, Object[] p) {
        record(update, p);
        return Future.succeededFuture(affected);
    }

    @Override
    public Future<Integer> delete(Delete delete, Object[] p) {
        record(delete, p);
        return Future.succeededFuture(affected);
    }

    @Override
    public String describe(Select select, Object[] p) {
        return "SQL<" + select.where() + ">" + Arrays.toString(p);
    }

    private void record(Object s, Object[] p) {
        statement = s;
        params = new ArrayList<>(Arrays.asList(p));
    }
}
