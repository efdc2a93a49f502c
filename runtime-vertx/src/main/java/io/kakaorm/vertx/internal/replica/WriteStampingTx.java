package io.kakaorm.vertx.internal.replica;

import io.kakaorm.QueryStream;
import io.kakaorm.dialect.CompiledSql;
import io.kakaorm.dialect.Dialect;
import io.kakaorm.vertx.internal.exec.CursorExecutor;
import io.kakaorm.vertx.internal.exec.RowMapper;
import io.kakaorm.vertx.internal.exec.TxExecutor;
import io.vertx.core.Future;
import java.util.List;

/** A primary's transaction that tells its router when it ends, so that read-your-writes counts from then. */
final class WriteStampingTx implements TxExecutor, CursorExecutor {
    private final TxExecutor tx;
    private final Runnable stamp;

    WriteStampingTx(TxExecutor tx, Runnable stamp) {
        this.tx = tx;
        this.stamp = stamp;
    }

    @Override
    public Dialect dialect() {
        return tx.dialect();
    }

    @Override
    public <R> Future<List<R>> query(CompiledSql sql, RowMapper<R> mapper) {
        return tx.query(sql, mapper);
    }

    @Override
    public Future<Integer> update(CompiledSql sql) {
        return tx.update(sql);
    }

    @Override
    public Future<Object> insertReturningKey(CompiledSql sql) {
        return tx.insertReturningKey(sql);
    }

    @Override
    public <R> QueryStream<R> cursor(CompiledSql sql, RowMapper<R> mapper, int fetchSize) {
        return tx instanceof CursorExecutor c ? c.cursor(sql, mapper, fetchSize) : null;
    }

    @Override
    public Future<Void> commit() {
        return tx.commit().andThen(r -> stamp.run());
    }

    @Override
    public Future<Void> rollback() {
        return tx.rollback().andThen(r -> stamp.run());
    }

    @Override
    public Future<Void> savepoint(String name) {
        return tx.savepoint(name);
    }

    @Override
    public Future<Void> releaseSavepoint(String name) {
        return tx.releaseSavepoint(name);
    }

    @Override
    public Future<Void> rollbackToSavepoint(String name) {
        return tx.rollbackToSavepoint(name);
    }
}
