package io.kakaorm.vertx.internal.replica;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kakaorm.dialect.CompiledSql;
import io.kakaorm.dialect.Dialect;
import io.kakaorm.dialect.Dialects;
import io.kakaorm.vertx.ConnectOptions;
import io.kakaorm.vertx.internal.connect.Backends;
import io.kakaorm.vertx.internal.exec.Backend;
import io.kakaorm.vertx.internal.exec.BackendFactory;
import io.kakaorm.vertx.internal.exec.RowMapper;
import io.kakaorm.vertx.internal.exec.TxExecutor;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.net.ConnectException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** A read a replica could not serve runs on the primary with the statement's own timeout, not the default. */
class ReplicaTimeoutTest {
    /** Records what each host was asked to run; the replica's connection is refused. */
    private static final class Recording implements BackendFactory {
        final Map<String, List<CompiledSql>> ran = new ConcurrentHashMap<>();

        @Override
        public Future<Backend> open(Vertx vertx, ConnectOptions o, Dialect dialect) {
            List<CompiledSql> log = ran.computeIfAbsent(o.host(), h -> new CopyOnWriteArrayList<>());
            boolean replica = o.host().equals("replica");
            return Future.succeededFuture(new Backend() {
                @Override
                public Dialect dialect() {
                    return dialect;
                }

                @Override
                public <R> Future<List<R>> query(CompiledSql sql, RowMapper<R> mapper) {
                    log.add(sql);
                    return replica
                            ? Future.failedFuture(new ConnectException("Connection refused"))
                            : Future.succeededFuture(List.of());
                }

                @Override
                public Future<Integer> update(CompiledSql sql) {
                    log.add(sql);
                    return Future.succeededFuture(0);
                }

                @Override
                public Future<Object> insertReturningKey(CompiledSql sql) {
                    return Future.succeededFuture(null);
                }

                @Override
                public Future<TxExecutor> begin() {
                    return Future.failedFuture(new UnsupportedOperationException());
                }

                @Override
                public Future<Void> close() {
                    return Future.succeededFuture();
                }
            });
        }
    }

    @Test
    void theFallbackToThePrimaryKeepsTheQuerysTimeout() throws Exception {
        Vertx vertx = Vertx.vertx();
        try {
            Recording f = new Recording();
            ConnectOptions o =
                    ConnectOptions.parse("postgresql://u@primary:5432/db?replicas=replica:5433&statementTimeout=100");
            Backend router = ReplicaRouter.open(
                            vertx,
                            f,
                            o,
                            Dialects.forName("postgres"),
                            Backends.forKind(o.kind()).errors())
                    .toCompletionStage()
                    .toCompletableFuture()
                    .get();
            CompiledSql read = new CompiledSql("SELECT 1", List.of(), true, Duration.ofSeconds(7));
            router.query(read, r -> r.value(0))
                    .toCompletionStage()
                    .toCompletableFuture()
                    .get();
            assertEquals(List.of(read), f.ran.get("replica"));
            assertEquals(List.of(read), f.ran.get("primary"));
            assertEquals(7_000, f.ran.get("primary").get(0).timeoutMillis(o.statementTimeout()));
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get();
        }
    }
}
