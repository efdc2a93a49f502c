package io.kakaorm.migration.internal.postgres;

import io.kakaorm.DatabaseException;
import io.kakaorm.migration.MigrationLockException;
import io.kakaorm.migration.internal.MigrationLock;
import io.kakaorm.vertx.Database;
import io.vertx.core.Future;
import java.time.Duration;

/**
 * A transaction-scoped advisory lock ({@code pg_advisory_xact_lock}) keyed by the schema, waited for up to
 * {@code lock_timeout}. It ends with the transaction, or with the connection of a killed process.
 */
final class PostgresLock implements MigrationLock {
    @Override
    public Future<Void> acquire(Database tx, Duration timeout, String createHistory) {
        return tx.execute("SET LOCAL lock_timeout = " + Math.max(1, timeout.toMillis()))
                // PostgreSQL 14+: notice a killed client during a long statement, so its lock goes at once
                .compose(v -> tx.fetch("SELECT set_config('client_connection_check_interval', '1000', true)"
                        + " WHERE current_setting('server_version_num')::int >= 140000"))
                .compose(v -> tx.fetch(
                        "SELECT pg_advisory_xact_lock(hashtext('kakaorm_migrations'), hashtext(current_schema()))"))
                .recover(e -> Future.failedFuture(
                        e instanceof DatabaseException && "55P03".equals(((DatabaseException) e).sqlState())
                                ? new MigrationLockException("postgres", timeout, e)
                                : e))
                // IF NOT EXISTS would log a NOTICE on every run: create only when missing (under the lock)
                .compose(
                        v -> tx.fetchValue(
                                Long.class,
                                "SELECT COUNT(*) FROM pg_class c JOIN pg_namespace n"
                                        + " ON n.oid = c.relnamespace WHERE n.nspname = current_schema() AND c.relname = 'kakaorm_migrations'"))
                .compose(n -> n != null && n > 0
                        ? Future.succeededFuture()
                        : tx.execute(createHistory).mapEmpty());
    }

    @Override
    public Future<Void> release(Database tx) {
        return Future.succeededFuture();
    }
}
