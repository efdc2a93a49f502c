/**
 * The seam between the runtime and a backend: {@link io.kakaorm.vertx.internal.exec.SqlExecutor} (pool or
 * transaction), {@link io.kakaorm.vertx.internal.exec.Backend} and its factory, row access
 * ({@link io.kakaorm.vertx.internal.exec.DbRow}, {@link io.kakaorm.vertx.internal.exec.RowMapper}), cursors and
 * the mapping of driver errors to KakaORM exceptions.
 */
package io.kakaorm.vertx.internal.exec;
