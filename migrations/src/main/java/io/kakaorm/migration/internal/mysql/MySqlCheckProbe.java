package io.kakaorm.migration.internal.mysql;

import io.kakaorm.dialect.ddl.CheckDef;
import io.kakaorm.dialect.ddl.TableDdl;
import io.kakaorm.migration.internal.CheckProbe;
import io.kakaorm.migration.internal.CreateTableChecks;
import io.kakaorm.vertx.Database;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.List;

/**
 * MariaDB/MySQL: {@code CREATE TEMPORARY TABLE} (no implicit commit, visible to this connection only), checks
 * read back from {@code SHOW CREATE TABLE} (information_schema does not list temporary tables), which prints
 * them as {@code CHECK_CONSTRAINTS.CHECK_CLAUSE} holds them.
 */
final class MySqlCheckProbe extends CheckProbe {
    private final TableDdl ddl;

    MySqlCheckProbe(TableDdl ddl) {
        super(ddl);
        this.ddl = ddl;
    }

    @Override
    protected String temporary(String createTable) {
        return "CREATE TEMPORARY" + createTable.substring("CREATE".length());
    }

    @Override
    protected String clearStale(String quotedName) {
        return "DROP TEMPORARY TABLE IF EXISTS " + quotedName;
    }

    @Override
    protected String drop(String quotedName) {
        return "DROP TEMPORARY TABLE " + quotedName;
    }

    @Override
    protected Future<List<CheckDef>> read(Database tx, List<String> probeTables) {
        List<CheckDef> out = new ArrayList<>();
        Future<Void> chain = Future.succeededFuture();
        for (String probe : probeTables) {
            chain = chain.compose(v -> tx.fetch("SHOW CREATE TABLE " + ddl.quote(probe))
                    .map(rows -> {
                        rows.forEach(r -> out.addAll(CreateTableChecks.of(r.getString("Create Table"))));
                        return null;
                    }));
        }
        return chain.map(v -> out);
    }
}
