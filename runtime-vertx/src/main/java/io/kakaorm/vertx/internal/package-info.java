/**
 * Runtime plumbing, not API: the {@link io.kakaorm.vertx.internal.SqlExecutor} seam (pool or transaction),
 * {@link io.kakaorm.vertx.internal.DbRow}/{@link io.kakaorm.vertx.internal.RowMapper} row access, model
 * hydration ({@link io.kakaorm.vertx.internal.ModelMapper}), CRUD, transaction propagation through the
 * Vert.x context, and the per-driver backends loaded by name.
 */
package io.kakaorm.vertx.internal;
