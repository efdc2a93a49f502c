package io.kakaorm.vertx.internal.exec;

/**
 * Turns one {@link DbRow} into a result object (a model, a record, a {@link io.kakaorm.Row}, a value).
 * Called once per row, possibly on a worker thread (SQLite); must not block and must not keep the
 * {@code DbRow}.
 *
 * @param <R> the result type
 */
@FunctionalInterface
public interface RowMapper<R> {
    /** The result for {@code row}. */
    R map(DbRow row);
}
