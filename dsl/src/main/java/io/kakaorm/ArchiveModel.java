package io.kakaorm;

import io.kakaorm.spi.DefaultEngine;
import io.kakaorm.spi.ModelEngine;
import io.vertx.core.Future;

/**
 * A model whose {@link #delete()} moves the row to the table {@code archive_<table>} (same columns; an
 * INSERT … SELECT and a DELETE in one transaction, so a failure leaves the row where it was). Queries
 * read the main table; {@link Query#onlyDeleted()} reads the archive, {@link Query#includeDeleted()}
 * both (UNION ALL); {@link #restore()} / {@link Query#restore()} move rows back, {@link Query#purge()}
 * on {@code onlyDeleted()} removes them for good. Create the archive table with
 * {@code db.createArchiveTable(Log.class)}; the migrations plan it together with the main table.
 *
 * <pre>{@code
 * public class Log extends ArchiveModel<Log> { public String body; }
 * log.delete().await();                                  // now in archive_log
 * db.from(Log.class).onlyDeleted().purge().await();
 * }</pre>
 *
 * Instances are not thread-safe.
 *
 * @param <T> the model class itself
 */
public abstract class ArchiveModel<T extends ArchiveModel<T>> extends Model<T> {

    /**
     * Moves this instance's row back from the archive table to the main table.
     *
     * @return a future with this instance; fails with {@link NotFoundException} when it is not archived
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
                        Query.from((Class<T>) getClass(), e.queries()).onlyDeleted(), self)
                .restore()
                .compose(n -> n == 0
                        ? Future.failedFuture(
                                new NotFoundException(getClass(), "restore() of " + this + ": not in the archive"))
                        : Future.succeededFuture(self));
    }
}
