package io.kakaorm.vertx.internal.postgres;

import io.kakaorm.IntegrityException.Kind;
import io.kakaorm.vertx.internal.exec.ServerErrors;

/** What PostgreSQL's SQL states mean (its vendor code is always 0). */
final class PgServerErrors implements ServerErrors {
    static final PgServerErrors INSTANCE = new PgServerErrors();

    private PgServerErrors() {}

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

    /** Class 08, and 57P01–57P03 (admin shutdown, crash shutdown, cannot connect now). */
    @Override
    public boolean sessionEnded(String sqlState, int code) {
        return sqlState != null && (sqlState.startsWith("08") || sqlState.startsWith("57P"));
    }
}
