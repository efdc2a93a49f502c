package io.kakaorm.vertx.internal.sqlite;

import io.kakaorm.DatabaseException;
import io.kakaorm.dialect.Dialect;
import io.kakaorm.vertx.ConnectOptions;
import io.kakaorm.vertx.internal.exec.Backend;
import io.kakaorm.vertx.internal.exec.BackendFactory;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import java.util.concurrent.atomic.AtomicLong;

/** Opens SQLite through sqlite-jdbc on Vert.x workers; loaded by name only for {@code sqlite:} URLs. */
public final class SqliteBackendFactory implements BackendFactory {
    private static final AtomicLong IDS = new AtomicLong();

    @Override
    public Future<Backend> open(Vertx vertx, ConnectOptions o, Dialect dialect) {
        long id = IDS.incrementAndGet();
        SqliteOpener opener = new SqliteOpener(o);
        WorkerExecutor writerThread = vertx.createSharedWorkerExecutor("kakaorm-sqlite-writer-" + id, 1);
        WorkerExecutor readers =
                o.memory() ? null : vertx.createSharedWorkerExecutor("kakaorm-sqlite-readers-" + id, o.maxSize());
        return Worker.blocking(writerThread, () -> opener.writer(o.memory()))
                .<Backend>map(w -> new SqliteBackend(vertx, dialect, writerThread, w, readers, opener, o))
                .recover(t -> {
                    writerThread.close();
                    if (readers != null) {
                        readers.close();
                    }
                    return Future.failedFuture(new DatabaseException(
                            "sqlite", null, 0, null, null, "Cannot open " + o + ": " + t.getMessage(), t));
                });
    }
}
