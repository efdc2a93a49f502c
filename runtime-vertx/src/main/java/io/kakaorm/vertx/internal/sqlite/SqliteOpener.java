package io.kakaorm.vertx.internal.sqlite;

import io.kakaorm.dialect.sqlite.SqliteFunctions;
import io.kakaorm.vertx.ConnectOptions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Opens sqlite-jdbc connections with KakaORM's pragmas. Blocking: call on a worker thread. */
final class SqliteOpener {
    private final String jdbcUrl;
    private final long busyTimeout;
    private final long statementTimeout;
    private final String name;

    SqliteOpener(ConnectOptions o) {
        this.jdbcUrl = o.memory() ? "jdbc:sqlite::memory:" : "jdbc:sqlite:" + o.file();
        this.busyTimeout = o.busyTimeout();
        this.statementTimeout = o.statementTimeout();
        this.name = o.toString();
    }

    /** The writer: WAL (for files), busy_timeout, foreign keys on. */
    SqliteConn writer(boolean memory) throws SQLException {
        Connection c = open();
        SqliteFunctions.register(c);
        SqliteConn conn = new SqliteConn(c);
        conn.statementTimeout(statementTimeout, name);
        conn.exec("PRAGMA busy_timeout = " + busyTimeout);
        conn.exec("PRAGMA foreign_keys = ON");
        if (!memory) {
            conn.exec("PRAGMA journal_mode = WAL");
            conn.exec("PRAGMA synchronous = NORMAL");
        }
        return conn;
    }

    /** A reader of a file database: busy_timeout, foreign keys on, query_only. */
    SqliteConn reader() throws SQLException {
        Connection c = open();
        SqliteFunctions.register(c);
        SqliteConn conn = new SqliteConn(c);
        conn.statementTimeout(statementTimeout, name);
        conn.exec("PRAGMA busy_timeout = " + busyTimeout);
        conn.exec("PRAGMA foreign_keys = ON");
        conn.exec("PRAGMA query_only = ON");
        return conn;
    }

    /** A new connection, opened while no other SQLite connection of this JVM opens or closes. */
    private Connection open() throws SQLException {
        synchronized (SqliteConn.OPEN_CLOSE) {
            return DriverManager.getConnection(jdbcUrl);
        }
    }
}
