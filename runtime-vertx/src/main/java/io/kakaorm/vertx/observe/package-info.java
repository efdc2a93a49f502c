/**
 * Seeing what the database is asked: {@link io.kakaorm.vertx.observe.StatementListener} receives a
 * {@link io.kakaorm.vertx.observe.StatementEvent} for every statement (SQL, masked binds, duration, rows,
 * error, transaction, call site). Statements are also logged through {@link java.lang.System.Logger}
 * under the name {@code io.kakaorm.sql}: every statement at DEBUG, and at
 * WARNING those slower than {@link io.kakaorm.vertx.Database#slowStatementThreshold(java.time.Duration)}.
 */
package io.kakaorm.vertx.observe;
