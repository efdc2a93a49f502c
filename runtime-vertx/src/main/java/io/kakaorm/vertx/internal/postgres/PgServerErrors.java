package io.kakaorm.vertx.internal.postgres;

import io.kakaorm.IntegrityException.Kind;
import io.kakaorm.vertx.internal.exec.ConstraintNames;
import io.kakaorm.vertx.internal.exec.ServerErrors;
import java.util.List;
import java.util.regex.Pattern;

/** What PostgreSQL's SQL states mean (its vendor code is always 0). */
final class PgServerErrors implements ServerErrors {
    static final PgServerErrors INSTANCE = new PgServerErrors();
    private static final List<Pattern> NAMES = List.of(
            Pattern.compile("constraint \"([^\"]+)\""),
            Pattern.compile("null value in column \"([^\"]+)\"")); // NOT NULL

    private PgServerErrors() {}

    @Override
    public String constraintName(String message) {
        return ConstraintNames.first(message, NAMES);
    }

    /** SQLSTATE class 23, every code of it. */
    @Override
    public Kind constraint(String sqlState, int code, String message) {
        if (sqlState == null || !sqlState.startsWith("23")) {
            return null;
        }
        return switch (sqlState) {
            case "23505" -> Kind.UNIQUE; // unique_violation
            case "23503", "23001" -> Kind.FOREIGN_KEY; // foreign_key_violation, restrict_violation
            case "23502" -> Kind.NOT_NULL; // not_null_violation
            case "23514" -> Kind.CHECK; // check_violation
            default -> Kind.OTHER; // 23000 integrity_constraint_violation, 23P01 exclusion_violation
        };
    }

    /** 57014 query_canceled by the server's own {@code statement_timeout} (not by a cancel request). */
    @Override
    public boolean statementTimedOut(String sqlState, int code, String message) {
        return "57014".equals(sqlState) && String.valueOf(message).contains("statement timeout");
    }

    /** 25006 read_only_sql_transaction, or 40001 "canceling statement due to conflict with recovery" on a standby. */
    @Override
    public boolean replicaCannotServe(String sqlState, int code, String message) {
        return "25006".equals(sqlState)
                || ("40001".equals(sqlState) && message != null && message.contains("conflict with recovery"));
    }

    /** 57P01–57P03 (admin shutdown, crash shutdown, cannot connect now): the autocommit transaction rolled back. */
    @Override
    public boolean sessionTerminated(String sqlState, int code) {
        return sqlState != null && sqlState.startsWith("57P0") && !sqlState.equals("57P04");
    }

    /** 0A000 "cached plan must not change result type". */
    @Override
    public boolean stalePlan(String sqlState, String message) {
        return "0A000".equals(sqlState)
                && message != null
                && message.contains("cached plan must not change result type");
    }

    /** Class 08, and 57P01–57P03 (admin shutdown, crash shutdown, cannot connect now). */
    @Override
    public boolean sessionEnded(String sqlState, int code) {
        return sqlState != null && (sqlState.startsWith("08") || sqlState.startsWith("57P"));
    }
}
