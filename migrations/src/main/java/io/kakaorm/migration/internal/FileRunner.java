package io.kakaorm.migration.internal;

import io.kakaorm.migration.AppliedMigration;
import io.kakaorm.migration.MigrationException;
import io.kakaorm.vertx.Database;
import io.vertx.core.Future;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Applies or undoes one migration under the lock: in one transaction with its history row where DDL is
 * transactional; elsewhere (MariaDB) the history row is written first and its progress committed after
 * each statement, so a failure leaves a record of exactly what ran.
 */
public final class FileRunner {
    private static final Pattern FK_PRAGMA = Pattern.compile("(?is)^PRAGMA\\s+foreign_keys\\s*=.*");
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
        List<SqlStatement> before = new ArrayList<>();
        List<SqlStatement> body = new ArrayList<>(m.up());
        List<SqlStatement> after = new ArrayList<>();
        while (!body.isEmpty() && FK_PRAGMA.matcher(body.get(0).sql()).matches()) {
            before.add(body.remove(0));
        }
        while (!body.isEmpty() && FK_PRAGMA.matcher(body.get(body.size() - 1).sql()).matches()) {
            after.add(0, body.remove(body.size() - 1));
        }
        String downSql = join(m.down());
        String file = m.file().fileName();
        Future<Boolean> run = locked(tx -> HistoryTable.find(tx, m.file().version()).compose(existing -> {
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
                        .compose(v -> HistoryTable.insert(tx, withTime(row, t0), downSql)).map(true);
            }
            return HistoryTable.insert(tx, row, downSql).compose(v -> tx.execute("COMMIT"))
                    .compose(v -> StatementRunner.sequence(tx, file, body, done -> HistoryTable
                            .progress(tx, m.file().version(), done, done == body.size(), ms(t0))
                            .compose(x -> tx.execute("COMMIT")).mapEmpty()))
                    .map(v -> true);
        }));
        if (before.isEmpty() && after.isEmpty()) {
            return run;
        }
        return StatementRunner.sequence(db, file, before, null)
                .compose(v -> run.eventually(() -> StatementRunner.sequence(db, file, after, null)));
    }

    /** Undoes the latest successful migration with its recorded down SQL; false when there is none. */
    public Future<Boolean> downgradeLatest() {
        return locked(tx -> HistoryTable.readAll(tx).compose(rows -> {
            AppliedMigration last = null;
            for (AppliedMigration r : rows) {
                if (r.success()) {
                    last = r;
                }
            }
            if (last == null) {
                return Future.succeededFuture(false);
            }
            AppliedMigration target = last;
            String label = "down of " + String.format("%04d_%s.sql", target.version(), target.name());
            return HistoryTable.downSql(tx, target.version())
                    .compose(sql -> StatementRunner.sequence(tx, label, SqlSplitter.split(sql == null ? "" : sql, 1), null))
                    .compose(v -> HistoryTable.delete(tx, target.version())).map(true);
        }));
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
