package io.kakaorm.vertx.internal.exec;

import io.kakaorm.IntegrityException;
import io.kakaorm.vertx.ConnectOptions;

/**
 * What one database's errors mean, as facts of its own (returned by its {@code BackendProvider.errors()}):
 * which SQL states and vendor codes are constraint violations, statement timeouts, replicas refusing a read or a
 * session the server ended, and what a refused login may have to do with TLS. The runtime asks these methods
 * instead of comparing database names.
 */
public interface ServerErrors {
    /**
     * The constraint kind of an error, or {@code null} when it is no constraint violation.
     *
     * @param sqlState the SQLSTATE (for a database without one, what its backend derived), or {@code null}
     * @param code     the vendor code, 0 when there is none
     * @param message  the server's message, or {@code null}
     */
    IntegrityException.Kind constraint(String sqlState, int code, String message);

    /** The constraint (or column) a constraint violation's message names, or {@code null}. */
    String constraintName(String message);

    /** The server's message for a failed {@code sql}, with what Java would say added where the two differ. */
    default String explain(String message, int code, String sql) {
        return message;
    }

    /** Whether the server stopped the statement because it ran past its statement timeout. */
    default boolean statementTimedOut(String sqlState, int code, String message) {
        return false;
    }

    /**
     * Whether a replica refused a read because it is a replica (read-only, a conflict with recovery), so that
     * the primary should run it. SQLSTATE 25006 (read-only transaction) is the standard's and every database's.
     */
    default boolean replicaCannotServe(String sqlState, int code, String message) {
        return "25006".equals(sqlState);
    }

    /**
     * Whether the server ended the session (shut down, terminated): beyond SQLSTATE class 08, which is every
     * database's connection exception.
     */
    default boolean sessionEnded(String sqlState, int code) {
        return sqlState != null && sqlState.startsWith("08");
    }

    /**
     * Whether the server terminated the session while a statement waited or ran, rolling back what it ran, so
     * that running the statement again on a fresh connection cannot apply it twice.
     */
    default boolean sessionTerminated(String sqlState, int code) {
        return false;
    }

    /**
     * Whether the server refused a prepared statement's cached plan because a schema change altered its result
     * type; the statement did not run, and runs again once prepared anew.
     */
    default boolean stalePlan(String sqlState, String message) {
        return false;
    }

    /**
     * What a refused login may have to do with TLS where the server's own words do not say it (appended to the
     * connect error), or {@code ""}.
     *
     * @param code    the vendor code of the refusal, 0 when there is none
     * @param message the message so far
     */
    default String tlsHint(ConnectOptions options, int code, String message) {
        return "";
    }
}
