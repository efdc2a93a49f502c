package io.kakaorm.vertx.internal.sqlite;

import io.kakaorm.DatabaseTimeoutException;
import io.kakaorm.QueryStream;
import io.kakaorm.dialect.CompiledSql;
import io.kakaorm.dialect.Dialect;
import io.kakaorm.vertx.ConnectOptions;
import io.kakaorm.vertx.internal.exec.Backend;
import io.kakaorm.vertx.internal.exec.ChunkedReadStream;
import io.kakaorm.vertx.internal.exec.CursorExecutor;
import io.kakaorm.vertx.internal.exec.RowMapper;
import io.kakaorm.vertx.internal.exec.TxExecutor;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;

/**
 * SQLite on Vert.x worker threads. One writer connection on a one-thread executor takes every write,
 * in submission order, behind an {@link AsyncLock} that a transaction holds from BEGIN to its end. Plain
 * SELECTs outside a transaction go to reader connections (WAL mode) on a second executor; an in-memory
 * database has only the writer, so every call sees the same database.
 */
final class SqliteBackend implements Backend, CursorExecutor {
    private final Dialect dialect;
    private final WorkerExecutor writerThread;
    private final SqliteConn writer;
    private final AsyncLock lock;
    private final WorkerExecutor readerThreads; // null for :memory:
    private final ConcurrentLinkedQueue<SqliteConn> idleReaders = new ConcurrentLinkedQueue<>();
    private final SqliteOpener opener;
    private final Vertx vertx;
    private final ConnectOptions options;
    private final SqliteTelemetry telemetry;

    SqliteBackend(
            Vertx vertx,
            Dialect dialect,
            WorkerExecutor writerThread,
            SqliteConn writer,
            WorkerExecutor readerThreads,
            SqliteOpener opener,
            ConnectOptions options) {
        this.options = options;
        this.dialect = dialect;
        this.writerThread = writerThread;
        this.writer = writer;
        this.lock = new AsyncLock(vertx);
        this.readerThreads = readerThreads;
        this.opener = opener;
        this.vertx = vertx;
        this.telemetry = new SqliteTelemetry(vertx, options);
    }

    /** Runs {@code statement}, the execution of {@code sql}, reported to the Vert.x tracer and metrics. */
    <T> Future<T> reported(CompiledSql sql, Supplier<Future<T>> statement) {
        return telemetry.report(vertx, sql, statement);
    }

    @Override
    public Dialect dialect() {
        return dialect;
    }

    AsyncLock writerLock() {
        return lock;
    }

    /** Runs {@code job} on the writer connection without taking the lock (the caller holds it). */
    <T> Future<T> onWriter(CompiledSql sql, Worker.Job<T> job) {
        return Worker.run(writerThread, writer, sql, job);
    }

    /**
     * A statement outside any transaction: straight to the FIFO writer thread when no transaction holds
     * or waits for the writer (no lock round trip), else queued behind the transaction. Either way it
     * waits for the writer at most {@code connectTimeout}.
     */
    private <T> Future<T> locked(CompiledSql sql, Worker.Job<T> job) {
        @SuppressWarnings("unchecked")
        Future<T>[] direct = new Future[1];
        if (lock.runIfFree(() -> direct[0] = Worker.runWithin(
                vertx,
                writerThread,
                () -> writer,
                sql,
                job,
                options.connectTimeout(),
                () -> timeout(DatabaseTimeoutException.Wait.WRITER, sql)))) {
            return direct[0];
        }
        return lock.acquire(options.connectTimeout(), () -> timeout(DatabaseTimeoutException.Wait.WRITER, sql))
                .compose(v -> onWriter(sql, job).andThen(r -> lock.release()));
    }

    /** The exception for a wait that ran out of {@code connectTimeout}. */
    DatabaseTimeoutException timeout(DatabaseTimeoutException.Wait what, CompiledSql sql) {
        String name = options.memory()
                ? options + " (an in-memory database has one connection, so reads wait for"
                        + " an open transaction too; use a file database for concurrent reads)"
                : options.toString();
        return new DatabaseTimeoutException(
                "sqlite",
                name,
                what,
                Duration.ofMillis(options.connectTimeout()),
                sql == null ? null : sql.sql(),
                sql == null ? null : sql.binds(),
                null);
    }

    @Override
    public <R> Future<List<R>> query(CompiledSql sql, RowMapper<R> mapper) {
        return reported(sql, () -> read(sql, mapper));
    }

    private <R> Future<List<R>> read(CompiledSql sql, RowMapper<R> mapper) {
        if (readerThreads == null || !sql.readOnly()) {
            return locked(sql, c -> c.query(sql, mapper));
        }
        return Worker.runWithin(
                vertx,
                readerThreads,
                () -> null,
                sql,
                none -> {
                    SqliteConn c = idleReaders.poll();
                    if (c == null) {
                        c = opener.reader();
                    }
                    try {
                        return c.query(sql, mapper);
                    } finally {
                        idleReaders.offer(c);
                    }
                },
                options.connectTimeout(),
                () -> timeout(DatabaseTimeoutException.Wait.CONNECTION, sql));
    }

    /** A SELECT streamed from an open result set on a reader; {@code null} (chunked reads) for :memory:. */
    @Override
    public <R> QueryStream<R> cursor(CompiledSql sql, RowMapper<R> mapper, int fetchSize) {
        if (readerThreads == null || !sql.readOnly()) {
            return null;
        }
        return new ChunkedReadStream<>(
                vertx, new SqliteCursor<>(readerThreads, idleReaders, opener, sql, mapper), fetchSize, null);
    }

    @Override
    public Future<Integer> update(CompiledSql sql) {
        return reported(sql, () -> locked(sql, c -> c.update(sql)));
    }

    @Override
    public Future<Object> insertReturningKey(CompiledSql sql) {
        boolean returning = dialect.features().returning();
        return reported(sql, () -> locked(sql, c -> c.insertReturningKey(sql, returning)));
    }

    @Override
    public Future<TxExecutor> begin() {
        CompiledSql begin = new CompiledSql("BEGIN IMMEDIATE", List.of());
        return lock.acquire(options.connectTimeout(), () -> timeout(DatabaseTimeoutException.Wait.WRITER, begin))
                .compose(v -> reported(
                                begin,
                                () -> onWriter(begin, c -> {
                                    c.exec("BEGIN IMMEDIATE");
                                    return (TxExecutor) new SqliteTx(this);
                                }))
                        .onFailure(t -> lock.release()));
    }

    @Override
    public Future<Void> close() {
        CompiledSql none = new CompiledSql("-- close", List.of());
        Future<Void> readers = readerThreads == null
                ? Future.succeededFuture()
                : Worker.blocking(readerThreads, () -> {
                            SqliteConn c;
                            while ((c = idleReaders.poll()) != null) {
                                c.close();
                            }
                            return (Void) null;
                        })
                        .compose(v -> readerThreads.close());
        Future<Void> w = lock.acquire(0, null)
                .compose(v -> onWriter(none, c -> {
                    c.close();
                    return (Void) null;
                }))
                .compose(v -> writerThread.close());
        return Future.all(readers, w).<Void>mapEmpty().andThen(r -> telemetry.close());
    }
}
