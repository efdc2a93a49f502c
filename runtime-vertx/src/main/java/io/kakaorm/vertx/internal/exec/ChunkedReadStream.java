package io.kakaorm.vertx.internal.exec;

import io.kakaorm.QueryStream;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.streams.ReadStream;
import java.util.ArrayDeque;
import java.util.List;
import java.util.function.BiFunction;

/**
 * A back-pressured {@link ReadStream} fed page by page: the next page is read only when the previous
 * one has been handed out and there is demand, so at most one page ({@code fetchSize} results) is held.
 * Handlers run on the Vert.x context that created the stream.
 *
 * @param <R> the result type
 */
public final class ChunkedReadStream<R> implements QueryStream<R> {
    /** Reads {@code count} results starting {@code skip} results into the query. */
    public interface PageReader<R> extends BiFunction<Long, Integer, Future<List<R>>> {
        /** Releases what the reader holds (a cursor, a connection) when the stream is closed early. */
        default Future<Void> close() {
            return Future.succeededFuture();
        }
    }

    private final Context ctx;
    private final PageReader<R> pages;
    private final int fetchSize;
    private final Long limit;
    private final ArrayDeque<R> buffer = new ArrayDeque<>();
    private volatile Handler<R> handler;
    private volatile Handler<Void> endHandler;
    private volatile Handler<Throwable> exceptionHandler;
    /** The end or failure reached before its handler was set (a caller off the context still chaining). */
    private boolean endUndelivered;

    private Throwable failureUndelivered;
    private long demand = Long.MAX_VALUE;
    private long read;
    private boolean fetching;
    private boolean exhausted;
    private boolean ended;
    private boolean draining;

    /**
     * A stream reading pages from {@code pages}; {@code limit} caps the total (or {@code null}). A page
     * shorter than asked ends the stream.
     */
    public ChunkedReadStream(Vertx vertx, PageReader<R> pages, int fetchSize, Long limit) {
        Context current = Vertx.currentContext();
        this.ctx = current != null ? current : vertx.getOrCreateContext();
        this.pages = pages;
        this.fetchSize = fetchSize;
        this.limit = limit;
    }

    /**
     * Runs {@code r} on the stream's context: directly when called there on its event loop, else queued.
     * (A blocking task's completion runs on a worker thread that reports the same current context, so
     * comparing contexts alone is not enough.)
     */
    private void onContext(Runnable r) {
        if (Vertx.currentContext() == ctx && Context.isOnEventLoopThread()) {
            r.run();
        } else {
            ctx.runOnContext(v -> r.run());
        }
    }

    @Override
    public ReadStream<R> exceptionHandler(Handler<Throwable> h) {
        exceptionHandler = h;
        if (h != null) {
            onContext(this::deliverPending);
        }
        return this;
    }

    @Override
    public ReadStream<R> handler(Handler<R> h) {
        handler = h;
        if (h != null) {
            onContext(this::drain);
        }
        return this;
    }

    @Override
    public ReadStream<R> pause() {
        demand = 0;
        return this;
    }

    @Override
    public ReadStream<R> resume() {
        return fetch(Long.MAX_VALUE);
    }

    @Override
    public ReadStream<R> fetch(long amount) {
        if (amount > 0) {
            demand = demand + amount < 0 ? Long.MAX_VALUE : demand + amount;
            onContext(this::drain);
        }
        return this;
    }

    @Override
    public ReadStream<R> endHandler(Handler<Void> h) {
        endHandler = h;
        if (h != null) {
            onContext(this::deliverPending);
        }
        return this;
    }

    @Override
    public Future<Void> close() {
        Promise<Void> closed = Promise.promise();
        onContext(() -> {
            boolean wasOpen = !ended;
            ended = true;
            buffer.clear();
            pages.close()
                    .onComplete(ar -> ctx.runOnContext(x -> {
                        if (wasOpen) {
                            if (endHandler != null) {
                                endHandler.handle(null);
                            } else {
                                endUndelivered = true; // delivered when an end handler is set
                            }
                        }
                        closed.handle(ar);
                    }));
        });
        return closed.future();
    }

    /**
     * Delivers an end or failure that happened before its handler was set: a caller on another thread sets
     * {@code handler} (which starts reading) before {@code endHandler}, and a short result can end in between.
     */
    private void deliverPending() {
        Handler<Void> end = endHandler;
        if (endUndelivered && end != null) {
            endUndelivered = false;
            end.handle(null);
        }
        Handler<Throwable> failed = exceptionHandler;
        if (failureUndelivered != null && failed != null) {
            Throwable t = failureUndelivered;
            failureUndelivered = null;
            failed.handle(t);
        }
    }

    private void drain() {
        if (draining || ended || handler == null) {
            return;
        }
        draining = true;
        try {
            while (demand > 0 && !buffer.isEmpty() && !ended) {
                if (demand != Long.MAX_VALUE) {
                    demand--;
                }
                handler.handle(buffer.poll());
            }
        } catch (RuntimeException e) {
            fail(e);
            return;
        } finally {
            draining = false;
        }
        if (!buffer.isEmpty() || ended) {
            return;
        }
        if (exhausted) {
            ended = true;
            Handler<Void> end = endHandler;
            if (end != null) {
                end.handle(null);
            } else {
                endUndelivered = true;
            }
        } else if (!fetching && demand > 0) {
            readPage();
        }
    }

    private void readPage() {
        int count = limit == null ? fetchSize : (int) Math.min(fetchSize, limit - read);
        if (count <= 0) {
            exhausted = true;
            drain();
            return;
        }
        fetching = true;
        Future<List<R>> page;
        try {
            page = pages.apply(read, count);
        } catch (RuntimeException e) {
            page = Future.failedFuture(e);
        }
        // always queued: the caller may still be setting its end handler when the page arrives
        page.onComplete(ar -> ctx.runOnContext(x -> {
            fetching = false;
            if (ar.failed()) {
                fail(ar.cause());
                return;
            }
            List<R> rows = ar.result();
            buffer.addAll(rows);
            read += rows.size();
            if (rows.size() < count) {
                exhausted = true;
            }
            drain();
        }));
    }

    private void fail(Throwable t) {
        if (ended) {
            return;
        }
        ended = true;
        buffer.clear();
        Handler<Throwable> failed = exceptionHandler;
        if (failed != null) {
            failed.handle(t);
        } else {
            failureUndelivered = t;
        }
    }
}
