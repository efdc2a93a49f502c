/**
 * Read replicas: the {@code Backend} that sends reads outside transactions to replicas in turn and
 * everything else to the primary ({@link io.kakaorm.vertx.internal.replica.ReplicaRouter}), which
 * statements count as reads, and which failures of a replica send a read back to the primary.
 */
package io.kakaorm.vertx.internal.replica;
