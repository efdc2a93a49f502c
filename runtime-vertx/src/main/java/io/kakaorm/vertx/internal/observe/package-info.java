/**
 * Statement listeners and logging, not API: the {@code Database}'s backend and transactions wrapped so
 * that each statement is timed and reported to {@link io.kakaorm.vertx.internal.observe.StatementObserver}
 * (which masks binds and logs), and nothing is done while nobody listens.
 */
package io.kakaorm.vertx.internal.observe;
