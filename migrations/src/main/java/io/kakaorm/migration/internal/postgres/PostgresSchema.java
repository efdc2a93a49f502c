package io.kakaorm.migration.internal.postgres;

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
import io.kakaorm.vertx.Database;
import io.vertx.core.Future;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** PostgreSQL: catalog introspection of the current schema, type synonyms, ALTER for every change. */
public final class PostgresSchema implements SchemaDialect {
    private static final Map<String, String> SYNONYMS = Map.ofEntries(
            Map.entry("character varying", "varchar"),
            Map.entry("character", "char"),
            Map.entry("bpchar", "char"),
            Map.entry("int", "integer"),
            Map.entry("int4", "integer"),
            Map.entry("serial", "integer"),
            Map.entry("serial4", "integer"),
            Map.entry("int8", "bigint"),
            Map.entry("bigserial", "bigint"),
            Map.entry("serial8", "bigint"),
            Map.entry("int2", "smallint"),
            Map.entry("smallserial", "smallint"),
            Map.entry("double precision", "double"),
            Map.entry("float8", "double"),
            Map.entry("float", "double"),
            Map.entry("float4", "real"),
            Map.entry("bool", "boolean"),
            Map.entry("decimal", "numeric"),
            Map.entry("timestamp with time zone", "timestamptz"),
            Map.entry("timestamp without time zone", "timestamp"),
            Map.entry("time without time zone", "time"),
            Map.entry("time with time zone", "timetz"));

    private final Dialect dialect;
    private final PostgresSchemaDdl ddl;

    public PostgresSchema(Dialect dialect) {
        this.dialect = dialect;
        this.ddl = new PostgresSchemaDdl(dialect, this);
    }

    @Override
    public Dialect dialect() {
        return dialect;
    }

    @Override
    public Future<SchemaSnapshot> read(Database db) {
        return new PostgresReader(db).read();
    }

    @Override
    public List<String> sql(Change change) {
        return change.accept(ddl);
    }

    @Override
    public Future<Map<String, String>> storedChecks(Database db, List<TableDef> tables) {
        return new PostgresCheckProbe(dialect.ddl()).storedForms(db, tables);
    }

    @Override
    public MigrationLock lock() {
        return new PostgresLock();
    }

    @Override
    public ScratchSpace scratchSpace() {
        return new ScratchSpace(
                "CREATE SCHEMA %s",
                "DROP SCHEMA IF EXISTS %s CASCADE", (server, name) -> server.withProperty("search_path", name));
    }

    @Override
    public String type(ColumnDef column) {
        String[] p = Canonical.typeParts(column.type());
        String name = (p[0] + " " + p[2]).trim();
        name = SYNONYMS.getOrDefault(name, name);
        if (name.equals("timestamp with time zone") || name.equals("timestamp without time zone")) {
            name = SYNONYMS.get(name);
        }
        return p[1] == null ? name : name + "(" + p[1] + ")";
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
        return true;
    }

    @Override
    public String currentTime(ColumnType type) {
        return switch (type) {
            case LOCAL_DATE_TIME -> "LOCALTIMESTAMP";
            case LOCAL_DATE -> "CURRENT_DATE";
            default -> "CURRENT_TIMESTAMP";
        };
    }
}
