package io.kakaorm;

import io.kakaorm.spi.DefaultEngine;
import io.kakaorm.spi.ModelEngine;
import io.vertx.core.Future;
import java.time.OffsetDateTime;

/**
 * A model whose {@link #delete()} is logical: it sets {@link #deletedAt} (column {@code deleted_at},
 * added to the table like any field) instead of removing the row. Every query of the model hides
 * deleted rows by default — lists, {@code get}, {@code count}, {@code exists}, aggregates, subqueries,
 * relations and prefetches; {@link Query#includeDeleted()} and {@link Query#onlyDeleted()} widen or
 * flip that, {@link Query#restore()} and {@link #restore()} undo it, {@link Query#purge()} removes rows
 * for good. A query's {@link Query#delete()} is logical too.
 *
 * <pre>{@code
 * public class Post extends SoftDeleteModel<Post> { public String title; }
 * post.delete().await();                                   // UPDATE post SET deleted_at = now
 * db.from(Post.class).onlyDeleted().purge().await();       // DELETE FROM post WHERE deleted_at IS NOT NULL
 * }</pre>
 *
 * Unique constraints still see deleted rows. Instances are not thread-safe.
 *
 * @param <T> the model class itself
 */
public abstract class SoftDeleteModel<T extends SoftDeleteModel<T>> extends Model<T> {
    /** When the row was deleted, or {@code null} while it is not. */
    public OffsetDateTime deletedAt;

    /** Whether this instance is marked deleted. */
    public boolean isDeleted() {
        return deletedAt != null;
    }

    /**
     * Clears {@code deleted_at} of this instance's row (and of the instance).
     *
     * @return a future with this instance; fails with {@link NotFoundException} when the row is gone
     */
    @SuppressWarnings("unchecked")
    public Future<T> restore() {
        ModelEngine e = engine;
        if (e == null) {
            try {
                e = DefaultEngine.resolve("This " + getClass().getSimpleName() + " (never loaded or saved)");
            } catch (IllegalStateException x) {
                return Future.failedFuture(x);
            }
        }
        T self = (T) this;
        return SoftDeleteScope.byKey(
                        Query.from((Class<T>) getClass(), e.queries()).includeDeleted(), self)
                .restore()
                .compose(n -> {
                    if (n == 0) {
                        return Future.failedFuture(
                                new NotFoundException(getClass(), "restore() of " + this + ": no such row"));
                    }
                    deletedAt = null;
                    return Future.succeededFuture(self);
                });
    }
}
