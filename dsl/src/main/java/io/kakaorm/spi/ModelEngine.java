package io.kakaorm.spi;

import io.kakaorm.Model;
import io.kakaorm.SaveResult;
import io.vertx.core.Future;

/**
 * What a {@link Model} instance needs from the database it belongs to. The runtime's {@code Database}
 * implements it; models never see the runtime directly.
 */
public interface ModelEngine {
    /** INSERT a new instance or UPDATE a loaded one, with hooks; completes with the same instance. */
    <T extends Model<T>> Future<T> save(T model);

    /**
     * Like {@link #save}, and says what was written: INSERTED, UPDATED (only the changed fields) or
     * UNCHANGED (no SQL sent).
     */
    <T extends Model<T>> Future<SaveResult> saveChanges(T model);

    /** DELETE the instance's row by primary key, with hooks. */
    <T extends Model<T>> Future<Void> delete(T model);

    /** Re-read every column of the instance from its row; fails with NotFoundException when it is gone. */
    <T extends Model<T>> Future<T> refresh(T model);

    /** The executor of this engine's queries (relations build their queries on it). */
    QueryExecutor queries();

    /** The most bind parameters one statement may carry on this database (prefetch chunks its IN lists by it). */
    default int maxBindParams() {
        return 999;
    }
}
