/**
 * Runtime plumbing, not API. {@link io.kakaorm.vertx.internal.DatabaseImpl} implements
 * {@link io.kakaorm.vertx.Database} on top of the parts in the sub-packages:
 * {@code connect} (URL parsing, driver lookup, opening a backend), {@code exec} (the
 * {@link io.kakaorm.vertx.internal.exec.SqlExecutor} seam every backend implements, row access and error
 * mapping), {@code query} (running {@link io.kakaorm.Query} statements and hydrating rows),
 * {@code write} (save/delete/refresh with hooks, validation and auto timestamps), {@code tx} (transaction
 * propagation through the Vert.x context), and the backends {@code pool} (PostgreSQL, MariaDB) and
 * {@code sqlite}.
 */
package io.kakaorm.vertx.internal;
