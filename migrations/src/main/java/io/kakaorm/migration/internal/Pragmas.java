package io.kakaorm.migration.internal;

import io.kakaorm.vertx.Database;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * A migration section split around its leading and trailing {@code PRAGMA foreign_keys} statements, which
 * SQLite ignores inside a transaction: they run outside it, before and after, and when they turn enforcement
 * off, {@code PRAGMA foreign_key_check} runs before the commit. The up and the down section of a file, and
 * both directions of a plan, run through this one path.
 *
 * @param before the leading pragmas
 * @param body   the statements that run in the transaction
 * @param after  the trailing pragmas
 */
record Pragmas(List<SqlStatement> before, List<SqlStatement> body, List<SqlStatement> after) {
    private static final Pattern FK_PRAGMA = Pattern.compile("(?is)^PRAGMA\\s+foreign_keys\\s*=.*");
    private static final Pattern FK_OFF = Pattern.compile("(?is)^PRAGMA\\s+foreign_keys\\s*=\\s*(OFF|0|FALSE|NO)\\s*$");

    Pragmas {
        before = List.copyOf(before);
        body = List.copyOf(body);
        after = List.copyOf(after);
    }

    /** Splits {@code stmts}: its leading and trailing {@code PRAGMA foreign_keys} statements, and the rest. */
    static Pragmas split(List<SqlStatement> stmts) {
        List<SqlStatement> before = new ArrayList<>();
        List<SqlStatement> body = new ArrayList<>(stmts);
        List<SqlStatement> after = new ArrayList<>();
        while (!body.isEmpty() && FK_PRAGMA.matcher(body.get(0).sql().trim()).matches()) {
            before.add(body.remove(0));
        }
        while (!body.isEmpty()
                && FK_PRAGMA.matcher(body.get(body.size() - 1).sql().trim()).matches()) {
            after.add(0, body.remove(body.size() - 1));
        }
        return new Pragmas(before, body, after);
    }

    /** Whether the leading pragmas turn foreign-key enforcement off. */
    boolean foreignKeysOff() {
        return before.stream().anyMatch(s -> FK_OFF.matcher(s.sql().trim()).matches());
    }

    /**
     * Runs the leading pragmas, then {@code transaction}, then the trailing pragmas — these also when the
     * transaction failed, so enforcement is back on whatever happened.
     */
    <T> Future<T> around(Database db, String label, Supplier<Future<T>> transaction) {
        if (before.isEmpty() && after.isEmpty()) {
            return transaction.get();
        }
        return StatementRunner.sequence(db, label, before, null)
                .compose(v -> transaction.get().eventually(() -> StatementRunner.sequence(db, label, after, null)));
    }

    /** Inside the transaction, before its commit: fails when enforcement was off and a foreign key points nowhere. */
    Future<Void> checkBeforeCommit(Database tx) {
        return foreignKeysOff() ? StatementRunner.checkForeignKeys(tx) : Future.succeededFuture();
    }
}
