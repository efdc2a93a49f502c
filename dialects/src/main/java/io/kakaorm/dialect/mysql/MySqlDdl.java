package io.kakaorm.dialect.mysql;

import io.kakaorm.dialect.ddl.ColumnDef;
import io.kakaorm.dialect.ddl.IndexDef;
import io.kakaorm.dialect.ddl.TableDdl;
import io.kakaorm.dialect.ddl.TableDef;
import java.util.ArrayList;
import java.util.List;

/**
 * MySQL/MariaDB DDL: InnoDB, utf8mb4 with a binary collation (so strings compare case-sensitively
 * as in Java, and emoji round-trip), AUTO_INCREMENT keys, and indexes inside CREATE TABLE (so that
 * IF NOT EXISTS covers them: MySQL has no CREATE INDEX IF NOT EXISTS).
 */
final class MySqlDdl extends TableDdl {
    private final String collation;

    MySqlDdl(MySqlTypes types, String collation) {
        super(types, MySqlDialect.QUOTE);
        this.collation = collation;
    }

    @Override
    protected String autoIncrementColumn(ColumnDef c, boolean soleKey) {
        return c.type() + " NOT NULL AUTO_INCREMENT" + (soleKey ? " PRIMARY KEY" : "");
    }

    @Override
    protected String tableOptions() {
        return " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=" + collation;
    }

    @Override
    protected List<String> inlineIndexes(TableDef t) {
        List<String> out = new ArrayList<>();
        for (IndexDef ix : t.indexes()) {
            if (!ix.constraint()) {
                out.add((ix.unique() ? "UNIQUE INDEX " : "INDEX ") + quote(ix.name()) + " (" + columnList(ix.columns())
                        + ")");
            }
        }
        return out;
    }

    @Override
    public List<String> indexStatements(TableDef t, boolean ifNotExists) {
        return List.of();
    }
}
