package io.kakaorm.vertx.internal.replica;

import io.kakaorm.QueryStream;
import io.kakaorm.dialect.CompiledSql;
import io.kakaorm.dialect.Dialect;
import io.kakaorm.vertx.ConnectOptions;
import io.kakaorm.vertx.ReadReplicas;
import io.kakaorm.vertx.internal.exec.Backend;
import io.kakaorm.vertx.internal.exec.BackendFactory;
import io.kakaorm.vertx.internal.exec.CursorExecutor;
import io.kakaorm.vertx.internal.exec.RowMapper;
import io.kakaorm.vertx.internal.exec.ServerErrors;
import io.kakaorm.vertx.internal.exec.SqlExecutor;
import io.kakaorm.vertx.internal.exec.TxExecutor;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The {@link Backend} of a {@code Database} with read replicas (see {@link ReadReplicas}): reads outside
 * transactions go to the replicas in turn, everything else to the primary; a read a replica cannot serve
 * runs on the primary; after a write, reads stay on the primary for the read-your-writes window.
 */
public final class ReplicaRouter implements Backend, CursorExecutor {
    private final Backend primary;
    private final List<Replica> replicas;
    private final long readYourWritesNanos;
    private final ServerErrors errors;
    private final AtomicInteger next = new AtomicInteger();
    private volatile long lastWrite;
    private volatile boolean wrote;

    private ReplicaRouter(Backend primary, List<Replica> replicas, long readYourWritesNanos, ServerErrors errors) {
        this.primary = primary;
        this.errors = errors;
        this.replicas = List.copyOf(replicas);
        this.readYourWritesNanos = readYourWritesNanos;
    }

    /**
     * Opens the primary and, when {@code o} names read replicas, each replica. The primary must be reachable;
     * a replica that is not is left out and opened again later. {@code errors} says which failures of a replica
     * send a read to the primary.
     */
    public static Future<Backend> open(
            Vertx vertx, BackendFactory factory, ConnectOptions o, Dialect dialect, ServerErrors errors) {
        if (o.readReplicas().isEmpty()) {
            return factory.open(vertx, o, dialect);
        }
        ReadReplicas r = o.readReplicas();
        return factory.open(vertx, o, dialect).compose(primary -> {
            List<Replica> slots = new ArrayList<>();
            List<Future<Void>> opening = new ArrayList<>();
            for (ConnectOptions replica : r.replicas()) {
                Replica slot = new Replica(
                        replica, vertx, factory, dialect, r.retryAfter().toNanos());
                slots.add(slot);
                opening.add(slot.open());
            }
            return Future.join(opening)
                    .transform(x -> Future.<Backend>succeededFuture(
                            new ReplicaRouter(primary, slots, r.readYourWrites().toNanos(), errors)));
        });
    }

    @Override
    public Dialect dialect() {
        return primary.dialect();
    }

    @Override
    public <R> Future<List<R>> query(CompiledSql sql, RowMapper<R> mapper) {
        if (!ReadStatements.isRead(sql.sql())) {
            return write(() -> primary.query(sql, mapper));
        }
        return read(b -> b.query(sql, mapper));
    }

    @Override
    public Future<Integer> update(CompiledSql sql) {
        return write(() -> primary.update(sql));
    }

    @Override
    public Future<Object> insertReturningKey(CompiledSql sql) {
        return write(() -> primary.insertReturningKey(sql));
    }

    @Override
    public <R> QueryStream<R> cursor(CompiledSql sql, RowMapper<R> mapper, int fetchSize) {
        SqlExecutor target = primary;
        if (ReadStatements.isRead(sql.sql())) {
            Replica r = pick();
            target = r == null ? primary : r.usable(System.nanoTime());
        } else {
            stamp();
        }
        // null: the caller reads in chunks through query(), which falls back to the primary
        return target instanceof CursorExecutor c ? c.cursor(sql, mapper, fetchSize) : null;
    }

    @Override
    public Future<TxExecutor> begin() {
        stamp();
        return primary.begin().map(tx -> new WriteStampingTx(tx, this::stamp));
    }

    @Override
    public Future<Void> close() {
        List<Future<Void>> all = new ArrayList<>();
        for (Replica r : replicas) {
            all.add(r.close());
        }
        all.add(primary.close());
        return Future.join(all).mapEmpty();
    }

    private <T> Future<T> write(Supplier<Future<T>> statement) {
        stamp();
        return statement.get().andThen(r -> stamp());
    }

    private <T> Future<T> read(Function<SqlExecutor, Future<T>> statement) {
        Replica r = pick();
        Backend b = r == null ? null : r.usable(System.nanoTime());
        if (b == null) {
            return statement.apply(primary);
        }
        return statement.apply(b).recover(t -> {
            if (ReplicaFailures.unreachable(t, errors)) {
                r.markDown();
                return statement.apply(primary);
            }
            return ReplicaFailures.cannotServe(t, errors) ? statement.apply(primary) : Future.failedFuture(t);
        });
    }

    /** The next replica that takes reads, or {@code null} when the primary must (or alone can) serve. */
    private Replica pick() {
        long now = System.nanoTime();
        if (wrote && now - lastWrite < readYourWritesNanos) {
            return null;
        }
        int n = replicas.size();
        for (int i = 0; i < n; i++) {
            Replica r = replicas.get(Math.floorMod(next.getAndIncrement(), n));
            if (r.usable(now) != null) {
                return r;
            }
        }
        return null;
    }

    private void stamp() {
        lastWrite = System.nanoTime();
        wrote = true;
    }
}
