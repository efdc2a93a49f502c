package io.kakaorm.vertx.internal.write;

import io.kakaorm.Filter;
import io.kakaorm.IntegrityException;
import io.kakaorm.Model;
import io.kakaorm.meta.ModelMeta;
import io.kakaorm.spi.ModelState;
import io.kakaorm.vertx.CreateResult;
import io.kakaorm.vertx.internal.DatabaseImpl;
import io.vertx.core.Future;
import java.util.function.Consumer;

/**
 * {@code getOrCreate} / {@code updateOrCreate}: look up, else INSERT in a savepoint; when a concurrent
 * caller inserted the same unique key first (the INSERT fails with a UNIQUE violation), look up again
 * and return that row. Race-safe as long as the filter's columns carry a UNIQUE constraint.
 */
public final class GetOrCreate {
    private final DatabaseImpl db;

    public GetOrCreate(DatabaseImpl db) {
        this.db = db;
    }

    public <T extends Model<T>> Future<CreateResult<T>> run(
            Class<T> model, Filter<T> filter, Consumer<? super T> init, boolean update) {
        Future<T> found;
        try {
            found = db.from(model).where(filter).getOrNone();
        } catch (RuntimeException e) {
            return Future.failedFuture(e);
        }
        return found.compose(existing -> {
            if (existing != null) {
                return update ? updated(existing, init) : Future.succeededFuture(new CreateResult<>(existing, false));
            }
            T fresh;
            try {
                fresh = ModelMeta.of(model).newInstance();
                init.accept(fresh);
            } catch (RuntimeException e) {
                return Future.failedFuture(e);
            }
            ModelState.attach(fresh, db, false);
            return db.transaction(tx -> fresh.save())
                    .map(saved -> new CreateResult<>(saved, true))
                    .recover(t -> {
                        if (!(t instanceof IntegrityException ie) || ie.kind() != IntegrityException.Kind.UNIQUE) {
                            return Future.failedFuture(t);
                        }
                        return db.from(model)
                                .where(filter)
                                .getOrNone()
                                .compose(winner -> winner == null
                                        ? Future.failedFuture(t) // the filter does not find the row whose key collided
                                        : update
                                                ? updated(winner, init)
                                                : Future.succeededFuture(new CreateResult<>(winner, false)));
                    });
        });
    }

    private <T extends Model<T>> Future<CreateResult<T>> updated(T existing, Consumer<? super T> init) {
        try {
            init.accept(existing);
        } catch (RuntimeException e) {
            return Future.failedFuture(e);
        }
        return existing.save().map(m -> new CreateResult<>(m, false));
    }
}
