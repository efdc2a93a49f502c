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
                .transform(r -> lock.release(tx)
                        .transform(x ->
                                r.succeeded() ? Future.succeededFuture(r.result()) : Future.failedFuture(r.cause()))));
    }

    /** Applies {@code m} unless the history (read again under the lock) has it; true when this call applied it. */
    public Future<Boolean> apply(ParsedMigration m) {
        Pragmas p = Pragmas.split(m.up());
        String downSql = join(m.down());
        String file = m.file().fileName();
        List<SqlStatement> body = p.body();
        int version = m.file().version();
        return p.around(
                db,
                file,
                () -> locked(tx -> HistoryTable.find(tx, version).compose(existing -> {
                    if (existing == null) {
                        return run(tx, m, body, downSql);
                    }
                    if (existing.success()) {
                        return Future.succeededFuture(false);
                    }
                    return HistoryTable.running(tx, version).compose(running -> {
                        if (existing.statementsDone() == 0 && !running) {
                            // nothing of the file was committed (its first statement failed, or the migrator stopped
                            // before sending it): the stale row goes, and the file runs from the start
                            return HistoryTable.delete(tx, version).compose(x -> run(tx, m, body, downSql));
                        }
                        return Future.failedFuture(failedBefore(file, existing, body, running));
                    });
                })));
    }

    private Future<Boolean> run(Database tx, ParsedMigration m, List<SqlStatement> body, String downSql) {
        String file = m.file().fileName();
        int version = m.file().version();
        long t0 = System.nanoTime();
        AppliedMigration row = new AppliedMigration(
                version,
                m.file().name(),
                m.file().checksum(),
                Instant.now(),
                0,
                transactional(),
                transactional() ? body.size() : 0);
        if (transactional()) {
            Pragmas p = Pragmas.split(m.up());
            return StatementRunner.sequence(tx, file, body, null)
                    .compose(v -> p.checkBeforeCommit(tx))
                    .compose(v -> HistoryTable.insert(tx, withTime(row, t0), downSql))
                    .map(true);
        }
        // MariaDB: each statement is marked as sent (success = 2) before it runs and counted after it, each
        // step committed, so that a migrator killed at any point leaves a row saying exactly what is known
        return HistoryTable.insert(tx, row, downSql)
                .compose(v -> tx.execute("COMMIT"))
                .compose(v -> StatementRunner.sequence(
                                tx,
                                file,
                                body,
                                done -> HistoryTable.starting(tx, version)
                                        .compose(x -> tx.execute("COMMIT"))
                                        .mapEmpty(),
                                done -> HistoryTable.progress(tx, version, done, done == body.size(), ms(t0))
                                        .compose(x -> tx.execute("COMMIT"))
                                        .mapEmpty())
                        .recover(e -> HistoryTable.stopped(tx, version)
                                .compose(x -> tx.execute("COMMIT"))
                                .transform(x -> Future.<Void>failedFuture(e))))
                .map(v -> true);
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
                return p.around(
                        db,
                        label,
                        () -> locked(tx -> HistoryTable.readAll(tx).compose(again -> {
                            AppliedMigration now = latestSuccessful(again);
                            if (now == null || now.version() != last.version()) {
                                return Future.failedFuture(
                                        MigrationException.validation("Another migrator changed the history"
                                                + " while " + label + " was being prepared (latest applied is now "
                                                + (now == null ? "none" : now.version())
                                                + "); nothing was undone, run it again."));
                            }
                            return StatementRunner.sequence(tx, label, p.body(), null)
                                    .compose(v -> p.checkBeforeCommit(tx))
                                    .compose(v -> HistoryTable.delete(tx, last.version()))
                                    .map(true);
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
        return new AppliedMigration(
                r.version(), r.name(), r.checksum(), Instant.now(), ms(t0), r.success(), r.statementsDone());
    }

    private static long ms(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private static String join(List<SqlStatement> stmts) {
        StringBuilder b = new StringBuilder();
        stmts.forEach(s -> b.append(s.sql()).append(";\n"));
        return b.toString();
    }

    /**
     * Why an earlier, unfinished run of {@code file} stops this one: what it committed ({@code statementsDone}
     * statements) and, when it died with a statement sent ({@code running}), that statement, which the server
     * may or may not have applied.
     */
    static MigrationException failedBefore(
            String file, AppliedMigration row, List<SqlStatement> body, boolean running) {
        int done = row.statementsDone();
        int total = body.size();
        String committed = done == 0 ? "none" : done == 1 ? "statement 1" : "statements 1-" + done;
        String unknown = "";
        if (running && done < total) {
            SqlStatement s = body.get(done);
            unknown = "; statement " + (done + 1) + " (line " + s.line() + ": " + abbreviate(s.sql()) + ") was running"
                    + " when that migrator stopped, so whether the database applied it is unknown — check it";
        }
        String what = running ? "stopped on an earlier run (the migrator died)" : "failed on an earlier run";
        return MigrationException.validation("Migration " + file + " " + what + " after " + done + " of " + total
                + " statements (committed: " + committed + unknown + "). Bring the schema to a consistent state by hand"
                + " (undo what ran, or finish the rest), then run repair (kakaorm repair / VersionedMigrator.repair) to"
                + " clear the failed row, and migrate again.");
    }

    private static String abbreviate(String sql) {
        String one = sql.replaceAll("\\s+", " ").strip();
        return one.length() <= 80 ? one : one.substring(0, 77) + "...";
    }
}
