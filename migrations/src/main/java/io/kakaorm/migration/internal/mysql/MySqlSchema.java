package io.kakaorm.migration.internal.mysql;

import io.kakaorm.dialect.Dialect;
import io.kakaorm.dialect.ddl.ColumnDef;
import io.kakaorm.dialect.ddl.TableDef;
import io.kakaorm.expr.ColumnType;
import io.kakaorm.migration.internal.Canonical;
import io.kakaorm.migration.internal.MigrationLock;
import io.kakaorm.migration.internal.SchemaDialect;
import io.kakaorm.migration.internal.ScratchSpace;
import io.kakaorm.migration.internal.schema.Change;
import io.kakaorm.migration.internal.schema.SchemaSnapshot;
import io.kakaorm.vertx.ConnectOptions;
import io.kakaorm.vertx.Database;
import io.vertx.core.Future;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** MariaDB/MySQL: information_schema introspection of {@code DATABASE()}, display widths and synonyms folded. */
public final class MySqlSchema implements SchemaDialect {
    private static final Set<String> INTEGERS = Set.of("tinyint", "smallint", "mediumint", "int", "bigint");
    private static final Map<String, String> SYNONYMS = Map.of(
            "integer",
            "int",
            "real",
            "double",
            "double precision",
            "double",
            "numeric",
            "decimal",
            "dec",
            "decimal",
            "character varying",
            "varchar",
            "character",
            "char");

    private final Dialect dialect;
    private final MySqlSchemaDdl ddl;

    public MySqlSchema(Dialect dialect) {
        this.dialect = dialect;
        this.ddl = new MySqlSchemaDdl(dialect);
    }

    @Override
    public Dialect dialect() {
        return dialect;
    }

    @Override
    public Future<SchemaSnapshot> read(Database db) {
        return new MySqlReader(db).read();
    }

    @Override
    public List<String> sql(Change change) {
        return change.accept(ddl);
    }

    @Override
    public Future<Map<String, String>> storedChecks(Database db, List<TableDef> tables) {
        return new MySqlCheckProbe(dialect.ddl()).storedForms(db, tables);
    }

    @Override
    public MigrationLock lock() {
        return new MySqlLock();
    }

    @Override
    public ScratchSpace scratchSpace() {
        return new ScratchSpace(
                "CREATE DATABASE %s CHARACTER SET utf8mb4", "DROP DATABASE IF EXISTS %s", ConnectOptions::withDatabase);
    }

    @Override
    public String type(ColumnDef column) {
        String[] p = Canonical.typeParts(column.type());
        String name = SYNONYMS.getOrDefault(p[0], p[0]);
        String args = p[1];
        String suffix = p[2].replace("zerofill", "").trim();
        if (name.equals("bool") || name.equals("boolean")) {
            return "tinyint(1)";
        }
        if (INTEGERS.contains(name)) {
            args = name.equals("tinyint") && "1".equals(args) ? "1" : null;
        }
        if (name.equals("decimal")) {
            args = args == null ? "10,0" : args.contains(",") ? args : args + ",0";
        }
        if (name.equals("char") && args == null) {
            args = "1";
        }
        String out = args == null ? name : name + "(" + args + ")";
        return suffix.isEmpty() ? out : out + " " + suffix;
    }

    @Override
    public String defaultValue(String defaultSql) {
        return Canonical.defaultValue(Canonical.unescapeMySql(defaultSql));
    }

    @Override
    public String check(String expression) {
        return Canonical.check(expression);
    }

    @Override
    public String onDelete(String action) {
        String a = action == null ? "RESTRICT" : action.toUpperCase(Locale.ROOT);
        return a.equals("NO ACTION") ? "RESTRICT" : a; // the same thing in InnoDB
    }

    @Override
    public boolean canAlter(Change change) {
        return true;
    }

    @Override
    public String currentTime(ColumnType type) {
        return switch (type) {
            case LOCAL_DATE_TIME -> "NOW(6)";
            case LOCAL_DATE -> "CURDATE()";
            default -> "UTC_TIMESTAMP(6)"; // instants are DATETIME(6) at UTC
        };
    }
}
