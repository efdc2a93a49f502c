package io.kakaorm.vertx.internal.replica;

import io.kakaorm.DatabaseException;
import io.kakaorm.DatabaseTimeoutException;
import io.kakaorm.PoolBusyException;
import io.kakaorm.vertx.internal.exec.ServerErrors;
import io.vertx.core.VertxException;
import io.vertx.sqlclient.ClosedConnectionException;
import java.io.IOException;

/**
 * Which failures of a read on a replica send it to the primary: the replica is unreachable (connection
 * refused, reset or closed, no free connection in time, session ended by the server), or it cannot serve
 * this read (it is read-only and the read wrote, e.g. {@code nextval}; or it cancelled the read because of
 * a conflict with recovery). An error about the statement itself (syntax, missing table, statement timeout)
 * is reported as it is. Which SQL states and vendor codes say so is the database's {@link ServerErrors}.
 */
final class ReplicaFailures {
    private ReplicaFailures() {}

    /** Whether the replica could not be reached or lost the connection: leave it out for a while. */
    static boolean unreachable(Throwable t, ServerErrors errors) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof IOException || c instanceof ClosedConnectionException || c instanceof PoolBusyException) {
                return true;
            }
            if (c instanceof DatabaseTimeoutException d) {
                return d.waitedFor() == DatabaseTimeoutException.Wait.CONNECTION;
            }
            if (c instanceof VertxException
                    && c.getMessage() != null
                    && c.getMessage().startsWith("Connection is not active")) {
                return true;
            }
            if (errors.sessionEnded(sqlState(c), vendorCode(c))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the replica refused the read as a replica (read-only, recovery conflict): ask the primary. */
    static boolean cannotServe(Throwable t, ServerErrors errors) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            String state = sqlState(c);
            if ((state != null || c instanceof DatabaseException)
                    && errors.replicaCannotServe(state, vendorCode(c), c.getMessage())) {
                return true;
            }
        }
        return false;
    }

    private static int vendorCode(Throwable c) {
        if (c instanceof DatabaseException d) {
            return d.vendorCode();
        }
        // checkstyle:allow-fqn
        if (c instanceof io.vertx.sqlclient.DatabaseException d) { // same simple name as KakaORM's
            return d.getErrorCode();
        }
        return 0;
    }

    private static String sqlState(Throwable c) {
        if (c instanceof DatabaseException d) {
            return d.sqlState();
        }
        // checkstyle:allow-fqn
        if (c instanceof io.vertx.sqlclient.DatabaseException d) { // same simple name as KakaORM's
            return d.getSqlState();
        }
        return null;
    }
}
