package io.kakaorm.migration.internal.sqlite;

import io.kakaorm.dialect.Dialect;
import io.kakaorm.dialect.ddl.ColumnDef;
import io.kakaorm.expr.ColumnType;
import io.kakaorm.migration.internal.Canonical;
import io.kakaorm.migration.internal.MigrationLock;
import io.kakaorm.migration.internal.SchemaDialect;
import io.kakaorm.migration.internal.schema.Change;
import io.kakaorm.migration.internal.schema.SchemaSnapshot;
import io.kakaorm.vertx.Database;
import io.vertx.core.Future;
import java.util.List;
import java.util.Locale;

/**
 * SQLite: pragma introspection; declared types compared as written; what ALTER TABLE cannot do
 * (column changes, constraints) goes through the documented table rebuild.
 */
public final class SqliteSchema implements SchemaDialect {
    private final Dialect dialect;
    private final SqliteSchemaDdl ddl;

    public SqliteSchema(Dialect dialect) {
        this.dialect = dialect;
        this.ddl = new SqliteSchemaDdl(dialect);
    }

    @Override
    public Dialect dialect() {
        return dialect;
    }

    @Override
    public Future<SchemaSnapshot> read(Database db) {
        return new SqliteReader(db).read();
    }

    @Override
    public List<String> sql(Change change) {
        return change.accept(ddl);
    }

    @Override
    public MigrationLock lock() {
        return new SqliteLock();
    }

    @Override
    public String type(ColumnDef column) {
        if (column.autoIncrement()) {
            return "INTEGER"; // a rowid alias is INTEGER whatever the model's integer type
        }
        return column.type()
                .trim()
                .toUpperCase(Locale.ROOT)
                .replaceAll("\\s+", " ")
                .replaceAll("\\s*([(),])\\s*", "$1");
    }

    @Override
    public String defaultValue(String defaultSql) {
        return Canonical.defaultValue(defaultSql);
    }

    @Override
    public String check(String expression) {
        return Canonical.check(expression);
    }

    @Override
    public String onDelete(String action) {
        return action == null ? "NO ACTION" : action.toUpperCase(Locale.ROOT);
    }

    @Override
    public boolean canAlter(Change change) {
        if (change instanceof Change.AlterColumn
                || change instanceof Change.AddForeignKey
                || change instanceof Change.DropForeignKey
                || change instanceof Change.AddCheck
                || change instanceof Change.DropCheck) {
            return false;
        }
        if (change instanceof Change.DropIndex) {
            return !((Change.DropIndex) change).index().constraint();
        }
        if (change instanceof Change.AddColumn) {
            ColumnDef c = ((Change.AddColumn) change).column();
            return (c.nullable() || c.defaultSql() != null) && !c.autoIncrement();
        }
        return true;
    }

    @Override
    public String currentTime(ColumnType type) {
        return switch (type) { // the text SqliteTypes writes: microseconds, instants at UTC with Z
            case LOCAL_DATE_TIME -> "strftime('%Y-%m-%dT%H:%M:%f000', 'now', 'localtime')";
            case LOCAL_DATE -> "date('now', 'localtime')";
            default -> "strftime('%Y-%m-%dT%H:%M:%f000Z', 'now')";
        };
    }
}
