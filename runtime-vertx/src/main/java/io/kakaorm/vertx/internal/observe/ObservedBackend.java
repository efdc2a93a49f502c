package io.kakaorm.vertx.internal.observe;

import io.kakaorm.dialect.CompiledSql;
import io.kakaorm.vertx.internal.exec.Backend;
import io.kakaorm.vertx.internal.exec.TxExecutor;
import io.kakaorm.vertx.observe.StatementEvent.Kind;
import io.vertx.core.Future;
import java.util.List;

/**
 * The {@link Backend} a {@code Database} runs on, reporting every statement of the pool and of every
 * transaction it begins (including BEGIN, COMMIT, ROLLBACK and savepoints) to its observer.
 */
public final class ObservedBackend extends ObservedExecutor implements Backend {
    private static final CompiledSql BEGIN = new CompiledSql("BEGIN", List.of());
    private final Backend backend;

    private ObservedBackend(Backend backend, StatementObserver observer) {
        super(backend, observer);
        this.backend = backend;
    }

    /** {@code backend} reporting to {@code observer}. */
    public static Backend wrap(Backend backend, StatementObserver observer) {
        return new ObservedBackend(backend, observer);
    }

    @Override
    long transaction() {
        return 0;
    }

    @Override
    public Future<TxExecutor> begin() {
        long number = observer.nextTransaction();
        if (!observer.active()) {
            return backend.begin().map(tx -> new ObservedTx(tx, observer, number));
        }
        long start = System.nanoTime();
        return backend.begin()
                .<TxExecutor>map(tx -> new ObservedTx(tx, observer, number))
                .andThen(r -> observer.report(Kind.BEGIN, BEGIN, start, 0, r.cause(), number, null));
    }

    @Override
    public Future<Void> close() {
        return backend.close();
    }

    @Override
    public <X> X unwrap(Class<X> type) {
        return backend.unwrap(type);
    }
}
