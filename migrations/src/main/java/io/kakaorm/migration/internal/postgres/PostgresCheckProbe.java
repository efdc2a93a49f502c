package io.kakaorm.migration.internal.postgres;

import io.kakaorm.dialect.ddl.CheckDef;
import io.kakaorm.dialect.ddl.TableDdl;
import io.kakaorm.migration.internal.CheckProbe;
import io.kakaorm.vertx.Database;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.List;

/** PostgreSQL: temporary tables of this session, checks read back with {@code pg_get_constraintdef}. */
final class PostgresCheckProbe extends CheckProbe {
    private static final String CHECKS = "SELECT k.conname AS name, pg_get_constraintdef(k.oid) AS def"
            + " FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid"
            + " WHERE c.relnamespace = pg_my_temp_schema() AND k.contype = 'c' AND c.relname LIKE '" + PREFIX + "%'";

    PostgresCheckProbe(TableDdl ddl) {
        super(ddl);
    }

    @Override
    protected String temporary(String createTable) {
        return "CREATE TEMPORARY" + createTable.substring("CREATE".length());
    }

    @Override
    protected String drop(String quotedName) {
        return "DROP TABLE " + quotedName;
    }

    @Override
    protected Future<List<CheckDef>> read(Database tx, List<String> probeTables) {
        return tx.fetch(CHECKS).map(rows -> {
            List<CheckDef> out = new ArrayList<>();
            rows.forEach(
                    r -> out.add(new CheckDef(r.getString("name"), PostgresReader.stripCheck(r.getString("def")))));
            return out;
        });
    }
}
