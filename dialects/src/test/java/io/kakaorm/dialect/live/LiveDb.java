package io.kakaorm.dialect.live;

import io.kakaorm.dialect.CompiledSql;
import io.kakaorm.dialect.Dialect;
import java.util.List;

/**
 * A blocking connection to a fresh, private schema (PostgreSQL), database (MySQL) or file (SQLite),
 * dropped on close; for checking that rendered SQL runs and what it returns. Test code only.
 */
public interface LiveDb extends AutoCloseable {
    Dialect dialect();

    /** Runs a statement without binds (DDL). */
    void execute(String sql);

    /** Runs an INSERT and returns the generated key (RETURNING or last-insert-id, as the dialect says). */
    Object insert(CompiledSql sql);

    /** Runs a statement with binds and returns the rows as the driver gives their values. */
    List<List<Object>> query(CompiledSql sql);

    @Override
    void close();
}
