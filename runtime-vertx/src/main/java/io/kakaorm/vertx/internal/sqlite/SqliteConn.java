package io.kakaorm.vertx.internal.sqlite;

import io.kakaorm.DatabaseTimeoutException;
import io.kakaorm.dialect.CompiledSql;
import io.kakaorm.vertx.internal.exec.DbRow;
import io.kakaorm.vertx.internal.exec.RowMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.sqlite.SQLiteConnection;

/**
 * One sqlite-jdbc connection with its prepared-statement cache. Confined to one worker thread at a
 * time; every method blocks and must run on a worker, never on an event loop.
 */
final class SqliteConn {
    private static final int CACHE = 128;
    private final Connection conn;
    private final Map<String, PreparedStatement> cache = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> e) {
            if (size() > CACHE) {
                closeQuietly(e.getValue());
                return true;
            }
            return false;
        }
    };

    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "kakaorm-sqlite-timeout");
        t.setDaemon(true);
        return t;
    });
    private long statementTimeout;
    private String name;

    SqliteConn(Connection conn) {
        this.conn = conn;
    }

    /** Interrupts every statement that runs longer than {@code ms} (0 = never); {@code name} names the database. */
    void statementTimeout(long ms, String name) {
        this.statementTimeout = ms;
        this.name = name;
    }

    @FunctionalInterface
    interface Call<T> {
        T run() throws SQLException;
    }

    /**
     * A statement that failed (interrupted, or a function raised an error mid-step) is not reusable:
     * sqlite-jdbc then answers "statement is not executing". It leaves the cache.
     */
    private void evict(CompiledSql sql) {
        PreparedStatement failed = cache.remove(sql.sql());
        if (failed != null) {
            closeQuietly(failed);
        }
    }

    /**
     * Runs {@code call}, interrupting SQLite when it outlasts the statement's timeout (its own, else the
     * database's). After an interrupt every cached statement is closed: one left mid-step would keep
     * SQLite's interrupt pending and fail the next statement (the ROLLBACK of the transaction, say) with
     * SQLITE_INTERRUPT.
     */
    <T> T timed(CompiledSql sql, Call<T> call) throws SQLException {
        long ms = sql.timeoutMillis(statementTimeout);
        if (ms <= 0) {
            try {
                return call.run();
            } catch (SQLException e) {
                evict(sql);
                throw e;
            }
        }
        // state 0 running, 1 interrupted, 2 ended; the interrupt happens under the lock, so once the statement
        // has ended (and taken the lock) no interrupt can reach the connection's next statement
        AtomicInteger state = new AtomicInteger();
        var timer = TIMER.schedule(
                () -> {
                    synchronized (state) {
                        if (state.compareAndSet(0, 1)) {
                            try {
                                ((SQLiteConnection) conn).getDatabase().interrupt();
                            } catch (SQLException ignored) {
                                // the connection closed meanwhile
                            }
                        }
                    }
                },
                ms,
                TimeUnit.MILLISECONDS);
        try {
            T result = call.run();
            if (!ended(state)) {
                clearAfterInterrupt(); // interrupted just as it ended: nothing was stopped, but reset the state
            }
            return result;
        } catch (SQLException e) {
            if (ended(state)) {
                evict(sql);
                throw e;
            }
            clearAfterInterrupt();
            throw new DatabaseTimeoutException(
                    "sqlite",
                    name,
                    DatabaseTimeoutException.Wait.STATEMENT,
                    Duration.ofMillis(ms),
                    sql.sql(),
                    sql.binds(),
                    e);
        } finally {
            timer.cancel(false);
        }
    }

    /** Marks the statement ended; {@code false} when the timer interrupted it first. */
    private static boolean ended(AtomicInteger state) {
        synchronized (state) {
            return state.compareAndSet(0, 2);
        }
    }

    /** Closes every cached statement, so that no statement of the interrupted connection is left active. */
    private void clearAfterInterrupt() {
        cache.values().forEach(SqliteConn::closeQuietly);
        cache.clear();
    }

    <R> List<R> query(CompiledSql sql, RowMapper<R> mapper) throws SQLException {
        return timed(sql, () -> queryNow(sql, mapper));
    }

    private <R> List<R> queryNow(CompiledSql sql, RowMapper<R> mapper) throws SQLException {
        PreparedStatement ps = prepare(sql);
        try (ResultSet rs = ps.executeQuery()) {
            RsRow row = new RsRow(rs);
            List<R> out = new ArrayList<>();
            while (rs.next()) {
                out.add(mapper.map(row));
            }
            return out;
        }
    }

    /**
     * Opens the query's result set for reading a batch at a time ({@link ResultCursor#next}); while it is
     * open the statement holds one read snapshot (WAL), and the connection must not run anything else.
     */
    ResultCursor openCursor(CompiledSql sql) throws SQLException {
        ResultSet rs = prepare(sql).executeQuery();
        return new ResultCursor(rs, new RsRow(rs));
    }

    /** An open result set of {@link #openCursor}. */
    static final class ResultCursor {
        private final ResultSet rs;
        private final RsRow row;

        private ResultCursor(ResultSet rs, RsRow row) {
            this.rs = rs;
            this.row = row;
        }

        /** Up to {@code n} more mapped rows; fewer means the end. */
        <R> List<R> next(int n, RowMapper<R> mapper) throws SQLException {
            List<R> out = new ArrayList<>(Math.min(n, 1024));
            while (out.size() < n && rs.next()) {
                out.add(mapper.map(row));
            }
            return out;
        }

        /** Closes the result set (the prepared statement stays cached). */
        void close() {
            try {
                rs.close();
            } catch (SQLException ignored) {
                // already closed
            }
        }
    }

    int update(CompiledSql sql) throws SQLException {
        return timed(sql, () -> prepare(sql).executeUpdate());
    }

    Object insertReturningKey(CompiledSql sql, boolean returning) throws SQLException {
        if (returning) {
            List<Object> keys = query(sql, r -> r.value(0));
            return keys.isEmpty() ? null : keys.get(0);
        }
        if (update(sql) == 0) {
            return null;
        }
        List<Object> id = query(new CompiledSql("SELECT last_insert_rowid()", List.of()), r -> r.value(0));
        return id.get(0);
    }

    void exec(String sql) throws SQLException {
        try (var st = conn.createStatement()) {
            st.execute(sql);
        }
    }

    /**
     * Held around every SQLite connection open and close in this JVM: SQLite 3.51.1's unix VFS can deadlock
     * (an ABBA between its global lock and a per-file lock) when connections to one file open and close
     * concurrently — seen here as a writer and a reader closing at once, both stuck in native close.
     */
    static final Object OPEN_CLOSE = new Object();

    void close() {
        cache.values().forEach(SqliteConn::closeQuietly);
        cache.clear();
        synchronized (OPEN_CLOSE) {
            try {
                conn.close();
            } catch (SQLException ignored) {
                // closing: nothing more to do
            }
        }
    }

    private PreparedStatement prepare(CompiledSql sql) throws SQLException {
        PreparedStatement ps = cache.get(sql.sql());
        if (ps == null) {
            ps = conn.prepareStatement(sql.sql());
            cache.put(sql.sql(), ps);
        } else {
            ps.clearParameters();
        }
        List<Object> binds = sql.binds();
        for (int i = 0; i < binds.size(); i++) {
            Object v = binds.get(i);
            if (v instanceof byte[] b) {
                ps.setBytes(i + 1, b);
            } else {
                ps.setObject(i + 1, v);
            }
        }
        return ps;
    }

    private static void closeQuietly(PreparedStatement ps) {
        try {
            ps.close();
        } catch (SQLException ignored) {
            // evicted statement: nothing to do
        }
    }

    /**
     * The current ResultSet row as a {@link DbRow}; INTEGER values always come back as {@code Long}. The
     * column names are read only when asked for (a model or record mapper reads by position; decoding the
     * names cost as much as reading a row of a primary-key lookup).
     */
    private static final class RsRow implements DbRow {
        private final ResultSet rs;
        private String[] names;

        RsRow(ResultSet rs) {
            this.rs = rs;
        }

        private String[] names() {
            if (names == null) {
                try {
                    ResultSetMetaData md = rs.getMetaData();
                    String[] n = new String[md.getColumnCount()];
                    for (int i = 0; i < n.length; i++) {
                        n[i] = md.getColumnLabel(i + 1);
                    }
                    names = n;
                } catch (SQLException e) {
                    throw new IllegalStateException("Cannot read the column names: " + e.getMessage(), e);
                }
            }
            return names;
        }

        @Override
        public int size() {
            return names().length;
        }

        @Override
        public String name(int i) {
            return names()[i];
        }

        @Override
        public Object value(int i) {
            try {
                Object v = rs.getObject(i + 1);
                return v instanceof Integer n ? Long.valueOf(n) : v;
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot read column " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
    }
}
