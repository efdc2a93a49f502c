package io.kakaorm.vertx.internal.query;

import io.kakaorm.QueryStream;
import io.kakaorm.dialect.CompiledSql;
import io.kakaorm.vertx.internal.DatabaseImpl;
import io.kakaorm.vertx.internal.exec.ChunkedReadStream;
import io.kakaorm.vertx.internal.exec.CursorExecutor;
import io.kakaorm.vertx.internal.exec.RowMapper;
import io.kakaorm.vertx.internal.exec.SqlExecutor;
import io.vertx.core.Future;
import java.util.List;

/**
 * The stream of a raw-SQL result: the executor's cursor where it has one; else (in-memory SQLite, a
 * SQLite transaction) the result read once and handed out a page at a time — raw SQL has no key to page
 * by, so reading it in LIMIT/OFFSET chunks could skip or repeat rows.
 */
public final class RawStreams {
    private RawStreams() {}

    public static <R> QueryStream<R> open(DatabaseImpl db, RowMapper<R> mapper, CompiledSql sql, int fetchSize) {
        SqlExecutor executor = db.executor();
        if (executor instanceof CursorExecutor cursors) {
            QueryStream<R> s = cursors.cursor(sql, mapper, fetchSize);
            if (s != null) {
                return s;
            }
        }
        ChunkedReadStream.PageReader<R> pages = new ChunkedReadStream.PageReader<>() {
            private Future<List<R>> all;

            @Override
            public Future<List<R>> apply(Long skip, Integer count) {
                if (all == null) {
                    all = executor.query(sql, mapper);
                }
                return all.map(rows -> {
                    int from = (int) Math.min(rows.size(), skip);
                    return rows.subList(from, (int) Math.min(rows.size(), (long) from + count));
                });
            }
        };
        return new ChunkedReadStream<>(db.vertx(), pages, fetchSize, null);
    }
}
