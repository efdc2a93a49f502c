package io.kakaorm.migration.internal;

import io.kakaorm.DatabaseException;
import io.kakaorm.migration.MigrationException;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.spi.DatabaseAccess;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Runs a list of statements in order, in a transaction where DDL is transactional, failing with the statement's facts. */
public final class StatementRunner {
    private StatementRunner() {}

    /**
     * Runs plan statements (numbered 1…n), in one transaction when {@code transactional}. With
     * {@code foreignKeysOff} (an SQLite table rebuild, either direction), enforcement is turned off before the
     * transaction and on after it, and {@code PRAGMA foreign_key_check} runs before the commit — the same path
     * a migration file's sections take.
     */
    public static Future<Void> run(
            Database db, String label, List<String> sql, boolean transactional, boolean foreignKeysOff) {
        if (sql.isEmpty()) {
            return Future.succeededFuture();
        }
        List<SqlStatement> stmts = new ArrayList<>();
        if (foreignKeysOff) {
            stmts.add(new SqlStatement("PRAGMA foreign_keys = OFF", 0));
        }
        for (int i = 0; i < sql.size(); i++) {
            stmts.add(new SqlStatement(sql.get(i), i + 1));
        }
        if (foreignKeysOff) {
            stmts.add(new SqlStatement("PRAGMA foreign_keys = ON", sql.size() + 1));
        }
        Pragmas p = Pragmas.split(stmts);
        Function<Database, Future<Void>> work =
                d -> sequence(d, label, p.body(), null).compose(v -> p.checkBeforeCommit(d));
        return p.around(db, label, () -> transactional ? db.transaction(work) : work.apply(db));
    }

    /**
     * Runs {@code stmts} on {@code db}; after each one, {@code progress} (if not null) gets the number done.
     *
     * @return fails with {@link MigrationException#failed} for the first statement that fails
     */
    public static Future<Void> sequence(
            Database db, String file, List<SqlStatement> stmts, Function<Integer, Future<Void>> progress) {
        return sequence(db, file, stmts, null, progress);
    }

    /**
     * {@link #sequence(Database, String, List, Function)} calling {@code before} (if not null) with the number
     * done so far before each statement is sent.
     */
    public static Future<Void> sequence(
            Database db,
            String file,
            List<SqlStatement> stmts,
            Function<Integer, Future<Void>> before,
            Function<Integer, Future<Void>> progress) {
        Future<Void> chain = Future.succeededFuture();
        for (int i = 0; i < stmts.size(); i++) {
            SqlStatement s = stmts.get(i);
            int done = i + 1;
            if (before != null) {
                chain = chain.compose(v -> before.apply(done - 1));
            }
            chain = chain.compose(v -> db.execute(s.sql())
                    .recover(e -> Future.failedFuture(failure(db, file, s, e, done - 1, stmts.size())))
                    .compose(n -> progress == null ? Future.succeededFuture() : progress.apply(done)));
        }
        return chain;
    }

    /** Fails with a validation {@link MigrationException} when {@code PRAGMA foreign_key_check} reports rows. */
    static Future<Void> checkForeignKeys(Database db) {
        return db.fetch("PRAGMA foreign_key_check")
                .compose(rows -> rows.isEmpty()
                        ? Future.succeededFuture()
                        : Future.failedFuture(
                                MigrationException.validation("The table rebuild left rows whose foreign keys"
                                        + " point nowhere: " + rows + "; nothing was changed")));
    }

    static MigrationException failure(Database db, String file, SqlStatement s, Throwable e, int ran, int total) {
        if (e instanceof MigrationException) {
            return (MigrationException) e;
        }
        String state = e instanceof DatabaseException ? ((DatabaseException) e).sqlState() : null;
        String advice = DatabaseAccess.dialect(db).features().transactionalDdl()
                ? "The transaction was rolled back: no statement of " + file + " is in effect."
                : (ran == 0
                                ? "No statement of " + file + " had run before this one."
                                : "Statements 1-" + ran + " of " + total + " of " + file + " ran and were committed by "
                                        + db.dialectName() + " (its DDL is not transactional); statement "
                                        + (ran + 1) + " and later did not run.")
                        + (file.startsWith("(plan")
                                ? " Next: undo what ran by hand (or plan again: the next plan starts from the schema as it is now)."
                                : " Next: bring the schema to a consistent state by hand (undo what ran, or finish the rest),"
                                        + " then run repair (kakaorm repair / VersionedMigrator.repair) to clear the failed history row,"
                                        + " and migrate again.");
        return MigrationException.failed(db.dialectName(), file, s.line(), s.sql(), state, rootMessage(e), advice, e);
    }

    private static String rootMessage(Throwable e) {
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }
}
