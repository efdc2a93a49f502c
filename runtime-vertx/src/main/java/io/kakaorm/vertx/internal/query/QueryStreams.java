package io.kakaorm.vertx.internal.query;

import io.kakaorm.QueryStream;
import io.kakaorm.expr.ColumnRef;
import io.kakaorm.query.OrderItem;
import io.kakaorm.query.Select;
import io.kakaorm.vertx.internal.DatabaseImpl;
import io.kakaorm.vertx.internal.exec.ChunkedReadStream;
import io.kakaorm.vertx.internal.exec.CursorExecutor;
import io.kakaorm.vertx.internal.exec.RowMapper;
import io.kakaorm.vertx.internal.exec.SqlExecutor;
import java.util.ArrayList;
import java.util.List;

/**
 * Opens the result stream of a query: a cursor where the executor has one (PostgreSQL and MySQL/MariaDB
 * server-side cursors; an open JDBC result set on a SQLite reader connection), else chunked LIMIT/OFFSET
 * reads in a total order (in-memory SQLite, SQLite transactions), one page held at a time.
 */
final class QueryStreams {
    private QueryStreams() {}

    static <R> QueryStream<R> open(
            DatabaseImpl db, Select select, Object[] params, RowMapper<R> mapper, int fetchSize) {
        SqlExecutor executor = db.executor();
        if (executor instanceof CursorExecutor cursors) {
            QueryStream<R> s = cursors.cursor(db.dialect().select(select, params), mapper, fetchSize);
            if (s != null) {
                return s;
            }
        }
        Select ordered = totalOrder(select);
        long start = select.offset() == null ? 0 : select.offset();
        ChunkedReadStream.PageReader<R> pages = (skip, count) -> {
            Select page = ordered.withOffset(start + skip).withLimit((long) count);
            return db.executor().query(db.dialect().select(page, params), mapper);
        };
        return new ChunkedReadStream<>(db.vertx(), pages, fetchSize, select.limit());
    }

    /** The statement's order with the primary key appended, so that pages neither skip nor repeat rows. */
    static Select totalOrder(Select s) {
        ColumnRef pk = new ColumnRef(s.from().primaryKey());
        for (OrderItem o : s.orderBy()) {
            if (pk.equals(o.expr())) {
                return s;
            }
        }
        List<OrderItem> keys = new ArrayList<>(s.orderBy());
        keys.add(new OrderItem(pk, false));
        return s.withOrderBy(keys);
    }
}
