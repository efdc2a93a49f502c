package io.kakaorm.vertx.internal.observe;

import io.kakaorm.QueryStream;
import io.kakaorm.dialect.CompiledSql;
import io.kakaorm.vertx.observe.StatementEvent.Kind;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.streams.ReadStream;

/**
 * A cursor stream that counts its rows and reports one {@link Kind#STREAM} event when it ends, fails or
 * is closed. An end or failure reached before the caller set its handler is delivered when it does.
 */
final class ObservedStream<R> implements QueryStream<R> {
    private final QueryStream<R> stream;
    private final StatementObserver observer;
    private final CompiledSql sql;
    private final long start;
    private final long tx;
    private final String site;
    private long rows;
    private boolean finished;
    private Throwable failure;
    private Handler<Void> endHandler;
    private Handler<Throwable> exceptionHandler;

    ObservedStream(
            QueryStream<R> stream, StatementObserver observer, CompiledSql sql, long start, long tx, String site) {
        this.stream = stream;
        this.observer = observer;
        this.sql = sql;
        this.start = start;
        this.tx = tx;
        this.site = site;
        stream.endHandler(v -> finish(null));
        stream.exceptionHandler(this::finish);
    }

    private void finish(Throwable t) {
        Handler<Void> end;
        Handler<Throwable> error;
        synchronized (this) {
            if (finished) {
                return;
            }
            finished = true;
            failure = t;
            end = endHandler;
            error = exceptionHandler;
        }
        observer.report(Kind.STREAM, sql, start, rows, t, tx, site);
        if (t == null && end != null) {
            end.handle(null);
        } else if (t != null && error != null) {
            error.handle(t);
        }
    }

    @Override
    public ReadStream<R> handler(Handler<R> h) {
        stream.handler(
                h == null
                        ? null
                        : r -> {
                            rows++;
                            h.handle(r);
                        });
        return this;
    }

    @Override
    public ReadStream<R> endHandler(Handler<Void> h) {
        boolean late;
        synchronized (this) {
            endHandler = h;
            late = finished && failure == null;
        }
        if (late && h != null) {
            h.handle(null);
        }
        return this;
    }

    @Override
    public ReadStream<R> exceptionHandler(Handler<Throwable> h) {
        Throwable late;
        synchronized (this) {
            exceptionHandler = h;
            late = finished ? failure : null;
        }
        if (late != null && h != null) {
            h.handle(late);
        }
        return this;
    }

    @Override
    public ReadStream<R> pause() {
        stream.pause();
        return this;
    }

    @Override
    public ReadStream<R> resume() {
        stream.resume();
        return this;
    }

    @Override
    public ReadStream<R> fetch(long amount) {
        stream.fetch(amount);
        return this;
    }

    @Override
    public Future<Void> close() {
        return stream.close();
    }
}
