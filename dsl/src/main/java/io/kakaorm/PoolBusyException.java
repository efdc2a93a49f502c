package io.kakaorm;

/**
 * A request for a connection was refused at once because the pool's waiting queue was full
 * ({@code maxWaitQueueSize}): the database is overloaded; retry later or raise the limits.
 */
public final class PoolBusyException extends DatabaseException {
    private final int maxWaitQueueSize;

    /**
     * @param dialect          the database's dialect name
     * @param database         the database as a password-masked URL
     * @param maxWaitQueueSize the limit that was reached
     * @param cause            the driver's failure, or {@code null}
     */
    public PoolBusyException(String dialect, String database, int maxWaitQueueSize, Throwable cause) {
        super(
                dialect,
                null,
                0,
                null,
                null,
                "Refused a connection request on " + database + ": " + maxWaitQueueSize
                        + " requests already wait for a connection (maxWaitQueueSize)",
                cause);
        this.maxWaitQueueSize = maxWaitQueueSize;
    }

    /** The waiting-queue limit that was reached. */
    public int maxWaitQueueSize() {
        return maxWaitQueueSize;
    }
}
