package io.kakaorm.vertx.internal.sqlite;

import io.kakaorm.dialect.CompiledSql;
import io.kakaorm.vertx.internal.exec.ChunkedReadStream;
import io.kakaorm.vertx.internal.exec.RowMapper;
import io.vertx.core.Future;
import io.vertx.core.WorkerExecutor;
import java.util.List;
import java.util.Queue;

/**
 * Pages of a SELECT read from one open JDBC result set on a reader connection, {@code fetchSize} rows
 * per worker task: one statement, one read snapshot (WAL) for the whole stream. The reader goes back to
 * the idle queue when the last page has been read or reading failed.
 *
 * @param <R> the result type
 */
final class SqliteCursor<R> implements ChunkedReadStream.PageReader<R> {
    private final WorkerExecutor readers;
    private final Queue<SqliteConn> idle;
    private final SqliteOpener opener;
    private final CompiledSql sql;
    private final RowMapper<R> mapper;
    private SqliteConn conn;
    private SqliteConn.ResultCursor cursor;
    private boolean done;

    SqliteCursor(
            WorkerExecutor readers, Queue<SqliteConn> idle, SqliteOpener opener, CompiledSql sql, RowMapper<R> mapper) {
        this.readers = readers;
        this.idle = idle;
        this.opener = opener;
        this.sql = sql;
        this.mapper = mapper;
    }

    @Override
    public Future<List<R>> apply(Long skip, Integer count) {
        return Worker.blocking(readers, () -> {
            if (done) {
                return List.of();
            }
            try {
                if (cursor == null) {
                    conn = idle.poll();
                    if (conn == null) {
                        conn = opener.reader();
                    }
                }
                // each page runs under the statement's timeout (its first one includes opening the cursor)
                List<R> rows = conn.timed(sql, () -> {
                    if (cursor == null) {
                        cursor = conn.openCursor(sql);
                    }
                    return cursor.next(count, mapper);
                });
                if (rows.size() < count) {
                    release();
                }
                return rows;
            } catch (Throwable t) {
                release();
                throw SqliteErrors.translate(t, sql);
            }
        });
    }

    @Override
    public Future<Void> close() {
        // on the reader worker, so that it never races a page being read
        return Worker.blocking(readers, () -> {
            release();
            return null;
        });
    }

    private void release() {
        done = true;
        if (cursor != null) {
            cursor.close();
            cursor = null;
        }
        if (conn != null) {
            idle.offer(conn);
            conn = null;
        }
    }
}
