/**
 * A {@code Backend} over a Vert.x SQL client pool, shared by the server databases that run on one (their own
 * packages {@code postgres} and {@code mysql} hold what differs: driver options, statement limits, error facts).
 */
package io.kakaorm.vertx.internal.pool;
