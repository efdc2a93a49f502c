package io.kakaorm.vertx.internal.observe;

import io.kakaorm.dialect.CompiledSql;
import io.kakaorm.vertx.internal.exec.TxExecutor;
import io.kakaorm.vertx.observe.StatementEvent.Kind;
import io.vertx.core.Future;
import java.util.List;
import java.util.function.ToLongFunction;

/** A transaction's executor reporting its statements, savepoints, COMMIT and ROLLBACK with its number. */
final class ObservedTx extends ObservedExecutor implements TxExecutor {
    private static final CompiledSql COMMIT = new CompiledSql("COMMIT", List.of());
    private static final CompiledSql ROLLBACK = new CompiledSql("ROLLBACK", List.of());
    private static final ToLongFunction<Void> NO_ROWS = v -> 0;
    private final TxExecutor tx;
    private final long number;

    ObservedTx(TxExecutor tx, StatementObserver observer, long number) {
        super(tx, observer);
        this.tx = tx;
        this.number = number;
    }

    @Override
    long transaction() {
        return number;
    }

    @Override
    public Future<Void> commit() {
        return observer.active() ? observe(Kind.COMMIT, COMMIT, tx::commit, NO_ROWS) : tx.commit();
    }

    @Override
    public Future<Void> rollback() {
        return observer.active() ? observe(Kind.ROLLBACK, ROLLBACK, tx::rollback, NO_ROWS) : tx.rollback();
    }
}
