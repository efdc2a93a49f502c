package io.kakaorm.vertx.internal.mysql;

import io.kakaorm.IntegrityException.Kind;
import io.kakaorm.vertx.ConnectOptions;
import io.kakaorm.vertx.ConnectOptions.TlsMode;
import io.kakaorm.vertx.internal.exec.ConstraintNames;
import io.kakaorm.vertx.internal.exec.ServerErrors;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What MySQL's and MariaDB's vendor codes mean. SQLSTATE 23000 alone does not say a constraint's kind, and
 * MySQL also reports it for errors that are no constraint violation (1052, an ambiguous column), so the code
 * decides. Every constraint code is listed, so a code missing here is a decision, not an oversight.
 */
final class MySqlServerErrors implements ServerErrors {
    static final MySqlServerErrors INSTANCE = new MySqlServerErrors();
    private static final List<Pattern> NAMES = List.of(
            Pattern.compile("CONSTRAINT `([^`]+)`"), // FK, CHECK
            Pattern.compile("for key '(?:[^'.]+\\.)?([^']+)'"), // UNIQUE
            Pattern.compile("Column '([^']+)' cannot be null")); // NOT NULL

    private MySqlServerErrors() {}

    @Override
    public String constraintName(String message) {
        return ConstraintNames.first(message, NAMES);
    }

    @Override
    public Kind constraint(String sqlState, int code, String message) {
        return switch (code) {
            // ER_DUP_KEY, ER_DUP_ENTRY, ER_DUP_UNIQUE, ER_FOREIGN_DUPLICATE_KEY, ER_DUP_ENTRY_WITH_KEY_NAME,
            // ER_FOREIGN_DUPLICATE_KEY_WITH(OUT)_CHILD_INFO, ER_DUP_UNKNOWN_IN_INDEX
            case 1022, 1062, 1169, 1557, 1586, 1761, 1762, 1859 -> Kind.UNIQUE;
            // ER_NO_REFERENCED_ROW(_2), ER_ROW_IS_REFERENCED(_2)
            case 1216, 1217, 1451, 1452 -> Kind.FOREIGN_KEY;
            // ER_BAD_NULL_ERROR, ER_WARN_NULL_TO_NOTNULL (strict), ER_NO_DEFAULT_FOR_FIELD
            case 1048, 1263, 1364 -> Kind.NOT_NULL;
            // MySQL ER_CHECK_CONSTRAINT_VIOLATED, MariaDB ER_CONSTRAINT_FAILED
            case 3819, 4025 -> Kind.CHECK;
            // ER_NON_UNIQ_ERROR: "Column 'x' in where clause is ambiguous", SQLSTATE 23000 all the same
            case 1052 -> null;
            default -> sqlState != null && sqlState.startsWith("23") ? Kind.OTHER : null;
        };
    }

    /** 1242 "Subquery returns more than 1 row": where a translated String call failed, what Java would throw. */
    @Override
    public String explain(String message, int code, String sql) {
        return code == 1242 && sql != null ? JavaFailures.explain(message, sql) : message;
    }

    /** MariaDB's 1969: the query ran past {@code max_statement_time}. */
    @Override
    public boolean statementTimedOut(String sqlState, int code, String message) {
        return code == 1969;
    }

    /** 25006, 1290 (the server runs with {@code --read-only}), 1792 (a READ ONLY transaction). */
    @Override
    public boolean replicaCannotServe(String sqlState, int code, String message) {
        return "25006".equals(sqlState) || code == 1290 || code == 1792;
    }

    /**
     * MariaDB refuses a {@code REQUIRE SSL} user without TLS with the same "Access denied" (1045) as a wrong
     * password, and answers a TLS request it cannot serve with a bare "Bad handshake" (1043).
     */
    @Override
    public String tlsHint(ConnectOptions o, int code, String message) {
        if (code == 1045 && o.tls() == TlsMode.DISABLE) {
            return " (TLS was off, sslmode=disable: a user created with REQUIRE SSL is refused like this too;"
                    + " if so, connect with sslmode=require, verify-ca or verify-full)";
        }
        if (o.tls() != TlsMode.DISABLE && (code == 1043 || message.contains("Bad handshake"))) {
            return " (sslmode=" + o.tls().name().toLowerCase(Locale.ROOT).replace('_', '-')
                    + " asks for TLS and the server does not offer it: enable TLS on the server, or use sslmode=disable)";
        }
        return "";
    }
}
