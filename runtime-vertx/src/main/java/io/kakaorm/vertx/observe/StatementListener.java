package io.kakaorm.vertx.observe;

/**
 * Told about every statement a {@link io.kakaorm.vertx.Database} sends: queries, streams, writes, raw
 * SQL, DDL and the BEGIN/COMMIT/ROLLBACK/SAVEPOINT of transactions. Register one with
 * {@link io.kakaorm.vertx.Database#addStatementListener(StatementListener)}.
 *
 * <pre>{@code
 * AtomicInteger statements = new AtomicInteger();
 * db.addStatementListener(e -> statements.incrementAndGet());
 * }</pre>
 *
 * <p>It is called once per statement, after the statement completed or failed, on the thread that
 * completed it (a Vert.x event loop for PostgreSQL and MySQL/MariaDB, the caller's context for SQLite),
 * so it must not block. An exception it throws is logged and otherwise ignored: it never fails the
 * statement. Implementations must be thread-safe.
 */
@FunctionalInterface
public interface StatementListener {
    /** One statement completed ({@link StatementEvent#error()} {@code == null}) or failed. */
    void onStatement(StatementEvent event);
}
