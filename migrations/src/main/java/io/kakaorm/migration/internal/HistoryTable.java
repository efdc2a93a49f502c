package io.kakaorm.migration.internal;

import io.kakaorm.DatabaseException;
import io.kakaorm.Row;
import io.kakaorm.migration.AppliedMigration;
import io.kakaorm.vertx.Database;
import io.vertx.core.Future;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The history table {@code kakaorm_migrations}, in SQL every supported database accepts as written (no
 * quoting needed, portable types; {@code applied_at} is ISO-8601 UTC text so it reads back alike
 * everywhere). {@code down_sql} keeps each migration's down section so that downgrade works without the files.
 * {@code success} is 1 for an applied file, 0 for one that stopped (a statement failed, or the migrator died
 * before sending the next statement), and 2 while statement {@code statements_done + 1} is being run (MariaDB,
 * one statement at a time): a 2 left behind means a migrator died with that statement sent, so whether the
 * server applied it is unknown.
 */
public final class HistoryTable {
    public static final String NAME = "kakaorm_migrations";
    public static final String CREATE = "CREATE TABLE IF NOT EXISTS kakaorm_migrations ("
            + "version INTEGER NOT NULL PRIMARY KEY, name VARCHAR(255) NOT NULL, checksum VARCHAR(100) NOT NULL,"
            + " applied_at VARCHAR(40) NOT NULL, execution_ms BIGINT NOT NULL, success INTEGER NOT NULL,"
            + " statements_done INTEGER NOT NULL, down_sql TEXT)";
    private static final String COLUMNS = "version, name, checksum, applied_at, execution_ms, success, statements_done";

    private HistoryTable() {}

    /** Every row, by version; empty when the table does not exist yet. Not for use inside a transaction. */
    public static Future<List<AppliedMigration>> read(Database db) {
        return readAll(db).recover(e -> isMissingTable(e) ? Future.succeededFuture(List.of()) : Future.failedFuture(e));
    }

    /** Every row, by version; the table must exist. */
    public static Future<List<AppliedMigration>> readAll(Database db) {
        return db.fetch("SELECT " + COLUMNS + " FROM kakaorm_migrations ORDER BY version")
                .map(rows -> {
                    List<AppliedMigration> out = new ArrayList<>();
                    rows.forEach(r -> out.add(row(r)));
                    return out;
                });
    }

    /** The row of {@code version}, or {@code null}. */
    public static Future<AppliedMigration> find(Database tx, int version) {
        return tx.fetch("SELECT " + COLUMNS + " FROM kakaorm_migrations WHERE version = ?", version)
                .map(rows -> rows.isEmpty() ? null : row(rows.get(0)));
    }

    /** The down SQL recorded for {@code version}. */
    public static Future<String> downSql(Database tx, int version) {
        return tx.fetchValue(String.class, "SELECT down_sql FROM kakaorm_migrations WHERE version = ?", version);
    }

    public static Future<Integer> insert(Database tx, AppliedMigration m, String downSql) {
        return tx.execute(
                "INSERT INTO kakaorm_migrations (" + COLUMNS + ", down_sql) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                m.version(),
                m.name(),
                m.checksum(),
                m.appliedAt().toString(),
                m.executionMs(),
                m.success() ? 1 : 0,
                m.statementsDone(),
                downSql);
    }

    public static Future<Integer> progress(Database tx, int version, int done, boolean success, long ms) {
        return tx.execute(
                "UPDATE kakaorm_migrations SET statements_done = ?, success = ?, execution_ms = ?,"
                        + " applied_at = ? WHERE version = ?",
                done,
                success ? 1 : 0,
                ms,
                Instant.now().toString(),
                version);
    }

    /** Marks statement {@code statements_done + 1} of {@code version} as sent (success = 2). */
    public static Future<Integer> starting(Database tx, int version) {
        return tx.execute("UPDATE kakaorm_migrations SET success = 2 WHERE version = ?", version);
    }

    /** Marks a running {@code version} as stopped: its statement ended (failed) and nothing more runs. */
    public static Future<Integer> stopped(Database tx, int version) {
        return tx.execute("UPDATE kakaorm_migrations SET success = 0 WHERE version = ? AND success = 2", version);
    }

    /** Whether the row of {@code version} says a statement was sent and never reported (success = 2). */
    public static Future<Boolean> running(Database tx, int version) {
        return tx.fetchValue("SELECT success FROM kakaorm_migrations WHERE version = ?", version)
                .map(v -> v instanceof Number n && n.intValue() == 2);
    }

    public static Future<Integer> delete(Database tx, int version) {
        return tx.execute("DELETE FROM kakaorm_migrations WHERE version = ?", version);
    }

    public static Future<Integer> deleteFailed(Database tx) {
        return tx.execute("DELETE FROM kakaorm_migrations WHERE success <> 1");
    }

    public static Future<Integer> updateChecksum(Database tx, int version, String checksum) {
        return tx.execute("UPDATE kakaorm_migrations SET checksum = ? WHERE version = ?", checksum, version);
    }

    private static AppliedMigration row(Row r) {
        return new AppliedMigration(
                num(r.get("version")),
                r.getString("name"),
                r.getString("checksum"),
                Instant.parse(r.getString("applied_at")),
                ((Number) r.get("execution_ms")).longValue(),
                num(r.get("success")) == 1,
                num(r.get("statements_done")));
    }

    private static int num(Object o) {
        return ((Number) o).intValue();
    }

    /** Whether {@code e} says that the table does not exist (PostgreSQL 42P01, MySQL 42S02, SQLite "no such table"). */
    public static boolean isMissingTable(Throwable e) {
        String state = e instanceof DatabaseException ? ((DatabaseException) e).sqlState() : null;
        return "42P01".equals(state)
                || "42S02".equals(state)
                || String.valueOf(e.getMessage()).contains("no such table");
    }
}
