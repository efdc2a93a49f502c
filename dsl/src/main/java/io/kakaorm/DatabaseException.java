package io.kakaorm;

import java.util.List;

/**
 * The database refused a statement. Keeps the database's own facts: SQL state, vendor code, message,
 * and the SQL with its bind values (capped at about 1 KB in the message).
 */
public class DatabaseException extends KakaOrmException {
    private final String dialect;
    private final String sqlState;
    private final int vendorCode;
    private final String sql;
    private final List<Object> binds;

    public DatabaseException(
            String dialect,
            String sqlState,
            int vendorCode,
            String sql,
            List<Object> binds,
            String databaseMessage,
            Throwable cause) {
        super(render(dialect, sqlState, vendorCode, sql, binds, databaseMessage), cause);
        this.dialect = dialect;
        this.sqlState = sqlState;
        this.vendorCode = vendorCode;
        this.sql = sql;
        this.binds = binds == null ? List.of() : binds;
    }

    private static String render(
            String dialect, String sqlState, int code, String sql, List<Object> binds, String msg) {
        StringBuilder s = new StringBuilder("[").append(dialect).append("] ");
        String m = msg == null || msg.isBlank() || msg.equals("null") ? "the database gave no message" : msg.strip();
        s.append(m);
        if (sqlState != null || code != 0) { // only what the database reported
            s.append(" (");
            if (sqlState != null) {
                s.append("SQL state ").append(sqlState);
            }
            if (code != 0) {
                s.append(sqlState != null ? ", " : "").append("code ").append(code);
            }
            s.append(')');
        }
        if (sql != null && !sql.isEmpty()) {
            s.append("\n  SQL   : ").append(cap(sql));
            if (binds != null && !binds.isEmpty()) {
                s.append("\n  binds : ").append(cap(String.valueOf(binds)));
            }
        }
        return s.toString();
    }

    private static String cap(String s) {
        if (s == null) {
            return "";
        }
        return s.length() <= 1024 ? s : s.substring(0, 1024) + "…";
    }

    /** The dialect that ran the statement. */
    public String dialect() {
        return dialect;
    }

    /** The SQLSTATE the database reported (SQLite: derived from its result code). */
    public String sqlState() {
        return sqlState;
    }

    /** The database's own error code (PostgreSQL: 0). */
    public int vendorCode() {
        return vendorCode;
    }

    /** The SQL that failed. */
    public String sql() {
        return sql;
    }

    /** The bind values of the failed statement. */
    public List<Object> binds() {
        return binds;
    }
}
