package io.kakaorm.migration.internal;

import io.kakaorm.dialect.ddl.CheckDef;
import io.kakaorm.dialect.ddl.ColumnDef;
import io.kakaorm.dialect.ddl.TableDdl;
import io.kakaorm.dialect.ddl.TableDef;
import io.kakaorm.migration.internal.schema.SchemaDiff;
import io.kakaorm.vertx.Database;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Asks the database how it stores the models' CHECK expressions: PostgreSQL keeps {@code v BETWEEN 0 AND 100}
 * as {@code (v >= 0) AND (v <= 100)}, MariaDB {@code length(x)} as {@code octet_length(x)}, so the model's text
 * and the catalog's never compare equal. The probe creates temporary tables with the same columns and checks
 * in one transaction (nothing is left behind, nothing else sees them) and reads the checks back. Stateless.
 */
public abstract class CheckProbe {
    /** The prefix of the probe tables and their check names. */
    protected static final String PREFIX = "kakaorm_ck_probe_";

    private final TableDdl ddl;

    protected CheckProbe(TableDdl ddl) {
        this.ddl = ddl;
    }

    /**
     * The stored form of every check of {@code tables}, keyed by {@link SchemaDiff#checkKey(String, String)} of
     * the model's table and expression.
     */
    public Future<Map<String, String>> storedForms(Database db, List<TableDef> tables) {
        if (tables.isEmpty()) {
            return Future.succeededFuture(Map.of());
        }
        Map<String, String> keyOfCheck = new HashMap<>();
        List<String> probeTables = new ArrayList<>();
        List<String> creates = new ArrayList<>();
        for (TableDef t : tables) {
            String probe = PREFIX + probeTables.size();
            List<ColumnDef> cols = new ArrayList<>();
            for (ColumnDef c : t.columns()) {
                cols.add(new ColumnDef(c.name(), c.type(), true, null, false));
            }
            List<CheckDef> checks = new ArrayList<>();
            for (CheckDef ck : t.checks()) {
                String name = PREFIX + keyOfCheck.size();
                keyOfCheck.put(name, SchemaDiff.checkKey(t.name(), ck.expression()));
                checks.add(new CheckDef(name, ck.expression()));
            }
            TableDef shape = new TableDef(probe, cols, List.of(), List.of(), List.of(), checks);
            creates.add(temporary(ddl.createTableStatement(shape, probe, false)));
            probeTables.add(probe);
        }
        Future<Map<String, String>> probed = db.transaction(tx -> {
            Future<Void> chain = Future.succeededFuture();
            for (String probe : probeTables) {
                String clear = clearStale(ddl.quote(probe));
                if (clear != null) {
                    chain = chain.compose(v -> tx.execute(clear).mapEmpty());
                }
            }
            for (String create : creates) {
                chain = chain.compose(v -> tx.execute(create).mapEmpty());
            }
            return chain.compose(v -> read(tx, probeTables)).compose(found -> {
                Future<Void> drops = Future.succeededFuture();
                for (String probe : probeTables) {
                    drops = drops.compose(
                            v -> tx.execute(drop(ddl.quote(probe))).mapEmpty());
                }
                return drops.map(v -> {
                    Map<String, String> out = new HashMap<>();
                    for (CheckDef ck : found) {
                        String key = keyOfCheck.get(ck.name());
                        if (key != null) {
                            out.put(key, ck.expression());
                        }
                    }
                    return out;
                });
            });
        });
        // a check the database cannot create here fails when it is applied, with the database's message;
        // until then it is compared by its text, as the model writes it
        return probed.recover(e -> Future.succeededFuture(Map.of()));
    }

    /**
     * A statement dropping a probe table left on this connection by an earlier probe that failed halfway, or
     * {@code null} where DDL is transactional (a failed probe left nothing).
     */
    protected String clearStale(String quotedName) {
        return null;
    }

    /** {@code createTable} (a {@code CREATE TABLE} statement) as the database's temporary-table form. */
    protected abstract String temporary(String createTable);

    /** The statement dropping the temporary table {@code quotedName}. */
    protected abstract String drop(String quotedName);

    /** The checks of the probe tables, named as created, with the expressions the database stores. */
    protected abstract Future<List<CheckDef>> read(Database tx, List<String> probeTables);
}
