package io.kakaorm.vertx;

import java.time.Duration;
import java.util.List;

/**
 * The read replicas of a PostgreSQL or MariaDB primary (part of {@link ConnectOptions}; set with
 * {@link ConnectOptions#withReplicas(List)}, {@link ConnectOptions#withReadYourWrites(Duration)} or the URL
 * parameters {@code replicas}, {@code readYourWrites} and {@code replicaRetry}).
 *
 * <p>A {@code Database} with replicas sends every {@code SELECT} (and {@code WITH … SELECT}) run outside a
 * transaction to the next replica in turn (round robin); writes, DDL, locking reads ({@code FOR UPDATE},
 * {@code FOR SHARE}, {@code LOCK IN SHARE MODE}) and everything inside a transaction go to the primary. A read
 * that a replica cannot serve (connection refused or lost, no free connection in time, or the replica says it
 * is read-only or cancelled the query for recovery) runs again on the primary, and a replica that was
 * unreachable is skipped for {@link #retryAfter()} before it is tried again.
 *
 * @param replicas      the replicas' options, each of the primary's kind; empty = no replicas
 * @param readYourWrites after a write (or a transaction) of this {@code Database}, its reads go to the
 *                       primary for this long, so that it reads what it wrote despite replication lag;
 *                       {@link Duration#ZERO} (the default) = reads go to replicas at once
 * @param retryAfter     how long a replica that could not be reached is left out before it is tried again
 */
public record ReadReplicas(List<ConnectOptions> replicas, Duration readYourWrites, Duration retryAfter) {
    /** How long an unreachable replica is left out unless told otherwise. */
    public static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(5);
    /** No replicas: everything goes to the one server. */
    public static final ReadReplicas NONE = new ReadReplicas(List.of(), Duration.ZERO, DEFAULT_RETRY_AFTER);

    public ReadReplicas {
        replicas = List.copyOf(replicas == null ? List.of() : replicas);
        readYourWrites = readYourWrites == null ? Duration.ZERO : readYourWrites;
        retryAfter = retryAfter == null ? DEFAULT_RETRY_AFTER : retryAfter;
        if (readYourWrites.isNegative() || retryAfter.isNegative()) {
            throw new IllegalArgumentException("readYourWrites and replicaRetry must not be negative");
        }
        for (ConnectOptions r : replicas) {
            if (!r.readReplicas().isEmpty()) {
                throw new IllegalArgumentException("A read replica cannot have replicas of its own: " + r);
            }
        }
    }

    /** Whether there are no replicas. */
    public boolean isEmpty() {
        return replicas.isEmpty();
    }

    /** A copy with other replicas. */
    public ReadReplicas withReplicas(List<ConnectOptions> list) {
        return new ReadReplicas(list, readYourWrites, retryAfter);
    }

    /** A copy with another read-your-writes window. */
    public ReadReplicas withReadYourWrites(Duration d) {
        return new ReadReplicas(replicas, d, retryAfter);
    }

    /** A copy with another time an unreachable replica is left out. */
    public ReadReplicas withRetryAfter(Duration d) {
        return new ReadReplicas(replicas, readYourWrites, d);
    }
}
