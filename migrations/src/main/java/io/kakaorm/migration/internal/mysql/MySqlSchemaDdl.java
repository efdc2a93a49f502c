package io.kakaorm.migration.internal.mysql;

import io.kakaorm.dialect.Dialect;
import io.kakaorm.migration.internal.ChangeDdl;
import io.kakaorm.migration.internal.schema.Change;
import java.util.List;

/** MariaDB/MySQL DDL: AUTO_INCREMENT, MODIFY COLUMN, DROP INDEX … ON, DROP FOREIGN KEY. */
final class MySqlSchemaDdl extends ChangeDdl {
    MySqlSchemaDdl(Dialect dialect) {
        super(dialect);
    }

    @Override
    public List<String> alterColumn(Change.AlterColumn c) {
        return List.of("ALTER TABLE " + q(c.table()) + " MODIFY COLUMN " + tables.columnDefinition(c.to(), false));
    }

    @Override
    public List<String> dropIndex(Change.DropIndex c) {
        return List.of("DROP INDEX " + q(c.index().name()) + " ON " + q(c.table()));
    }

    @Override
    public List<String> dropForeignKey(Change.DropForeignKey c) {
        // InnoDB leaves the index it made for the key; it goes too so that the next plan is empty
        return List.of(
                "ALTER TABLE " + q(c.table()) + " DROP FOREIGN KEY "
                        + q(c.foreignKey().name()),
                "DROP INDEX IF EXISTS " + q(c.foreignKey().name()) + " ON " + q(c.table()));
    }
}
