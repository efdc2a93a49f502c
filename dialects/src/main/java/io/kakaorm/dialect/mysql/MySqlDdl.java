package io.kakaorm.dialect.mysql;

import io.kakaorm.dialect.sql.SqlDdl;
import io.kakaorm.dialect.sql.SqlSyntax;
import io.kakaorm.meta.ColumnMeta;
import io.kakaorm.meta.IndexMeta;
import io.kakaorm.meta.ModelMeta;
import java.util.ArrayList;
import java.util.List;

/**
 * MySQL/MariaDB DDL: InnoDB, utf8mb4 with a binary collation (so strings compare case-sensitively
 * as in Java, and emoji round-trip), AUTO_INCREMENT keys, and indexes inside CREATE TABLE (so that
 * IF NOT EXISTS covers them: MySQL has no CREATE INDEX IF NOT EXISTS).
 */
final class MySqlDdl extends SqlDdl {
    private final String collation;

    MySqlDdl(MySqlTypes types, String collation) {
        super(types);
        this.collation = collation;
    }

    @Override
    protected String quote(String identifier) {
        return SqlSyntax.quote(identifier, MySqlDialect.QUOTE);
    }

    @Override
    protected String autoIncrementColumn(ColumnMeta c) {
        return types.sqlType(c, true) + " NOT NULL AUTO_INCREMENT PRIMARY KEY";
    }

    @Override
    protected String tableOptions() {
        return " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=" + collation;
    }

    @Override
    protected List<String> inlineIndexes(ModelMeta<?> model) {
        List<String> out = new ArrayList<>();
        for (IndexMeta ix : model.indexes()) {
            out.add((ix.unique() ? "UNIQUE INDEX " : "INDEX ") + quote(name(ix.name())) + " (" + columnList(ix.columns()) + ")");
        }
        return out;
    }

    @Override
    protected List<String> indexStatements(ModelMeta<?> model, boolean ifNotExists) {
        return List.of();
    }
}
