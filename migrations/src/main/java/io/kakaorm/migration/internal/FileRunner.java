package io.kakaorm.migration.internal;

import io.kakaorm.migration.AppliedMigration;
import io.kakaorm.migration.MigrationException;
import io.kakaorm.vertx.Database;
import io.vertx.core.Future;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * Applies or undoes one migration under the lock: in one transaction with its history row where DDL is
 * transactional; elsewhere (MariaDB) the history row is written first and its progress committed after
 * each statement, so a failure leaves a record of exactly what ran.
 */
public final class FileRunner {
    private final Database db;
    private final SchemaDialect schema;
    private final Duration lockTimeout;

    public FileRunner(Database db, SchemaDialect schema, Duration lockTimeout) {
        this.db = db;
        this.schema = schema;
        this.lockTimeout = lockTimeout;
    }

    private boolean transactional() {
        return schema.dialect().features().transactionalDdl();
    }

    /** Runs {@code work} in a transaction holding the migration lock, released at the end. */
    public <T> Future<T> locked(Function<Database, Future<T>> work) {
        MigrationLock lock = schema.lock();
        return db.transaction(tx -> lock.acquire(tx, lockTimeout, HistoryTable.CREATE)
                .compose(v -> work.apply(tx))
                .transform(r -> lock.release(tx).transform(x -> r.succeeded()
                        ? Future.succeededFuture(r.result()) : Future.failedFuture(r.cause()))));
    }

    /** Applies {@code m} unless the history (read again under the lock) has it; true when this call applied it. */
    public Future<Boolean> apply(ParsedMigration m) {
        Pragmas p = Pragmas.split(m.up());
        String downSql = join(m.down());
        String file = m.file().fileName();
        List<SqlStatement> body = p.body();
        return p.around(db, file, () -> locked(tx -> HistoryTable.find(tx, m.file().version()).compose(existing -> {
            if (existing != null) {
                if (!existing.success()) {
                    return Future.failedFuture(failedBefore(file, existing, m.up().size()));
                }
                return Future.succeededFuture(false);
            }
            long t0 = System.nanoTime();
            AppliedMigration row = new AppliedMigration(m.file().version(), m.file().name(), m.file().checksum(),
                    Instant.now(), 0, transactional(), transactional() ? body.size() : 0);
            if (transactional()) {
                return StatementRunner.sequence(tx, file, body, null)
                        .compose(v -> p.checkBeforeCommit(tx))
                        .compose(v -> HistoryTable.insert(tx, withTime(row, t0), downSql)).map(true);
            }
            return HistoryTable.insert(tx, row, downSql).compose(v -> tx.execute("COMMIT"))
                    .compose(v -> StatementRunner.sequence(tx, file, body, done -> HistoryTable
                            .progress(tx, m.file().version(), done, done == body.size(), ms(t0))
                            .compose(x -> tx.execute("COMMIT")).mapEmpty()))
                    .map(v -> true);
        })));
    }

    /**
     * Undoes the latest successful migration with its recorded down SQL, exactly as {@link #apply} runs an up
     * section: leading/trailing {@code PRAGMA foreign_keys} outside the transaction (SQLite ignores them
     * inside one, and a table rebuild would then cascade its DROP TABLE into the child rows), and
     * {@code PRAGMA foreign_key_check} before the commit when they turned enforcement off.
     *
     * @return false when there is nothing to undo
     */
    public Future<Boolean> downgradeLatest() {
        return HistoryTable.read(db).compose(rows -> {
            AppliedMigration last = latestSuccessful(rows);
            if (last == null) {
                return Future.succeededFuture(false);
            }
            String label = "down of " + String.format("%04d_%s.sql", last.version(), last.name());
            return HistoryTable.downSql(db, last.version()).compose(sql -> {
                Pragmas p = Pragmas.split(SqlSplitter.split(sql == null ? "" : sql, 1));
                return p.around(db, label, () -> locked(tx -> HistoryTable.readAll(tx).compose(again -> {
                    AppliedMigration now = latestSuccessful(again);
                    if (now == null || now.version() != last.version()) {
                        return Future.failedFuture(MigrationException.validation("Another migrator changed the history"
                                + " while " + label + " was being prepared (latest applied is now "
                                + (now == null ? "none" : now.version()) + "); nothing was undone, run it again."));
                    }
                    return StatementRunner.sequence(tx, label, p.body(), null)
                            .compose(v -> p.checkBeforeCommit(tx))
                            .compose(v -> HistoryTable.delete(tx, last.version())).map(true);
                })));
            });
        });
    }

    private static AppliedMigration latestSuccessful(List<AppliedMigration> rows) {
        AppliedMigration last = null;
        for (AppliedMigration r : rows) {
            if (r.success()) {
                last = r;
            }
        }
        return last;
    }

    private static AppliedMigration withTime(AppliedMigration r, long t0) {
        return new AppliedMigration(r.version(), r.name(), r.checksum(), Instant.now(), ms(t0), r.success(),
                r.statementsDone());
    }

    private static long ms(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private static String join(List<SqlStatement> stmts) {
        StringBuilder b = new StringBuilder();
        stmts.forEach(s -> b.append(s.sql()).append(";\n"));
        return b.toString();
    }

    static MigrationException failedBefore(String file, AppliedMigration row, int total) {
        return MigrationException.validation("Migration " + file + " failed on an earlier run after "
                + row.statementsDone() + " of " + total + " statements (committed: statements 1-" + row.statementsDone()
                + "). Bring the schema to a consistent state by hand (undo those statements, or finish the rest),"
                + " then run repair (kakaorm repair / VersionedMigrator.repair) to clear the failed row, and migrate again.");
    }
}
