package io.kakaorm.migration.internal;

import io.kakaorm.dialect.Dialect;
import io.kakaorm.dialect.ddl.TableDef;
import io.kakaorm.expr.ColumnType;
import io.kakaorm.migration.internal.schema.Change;
import io.kakaorm.migration.internal.schema.SchemaRules;
import io.kakaorm.migration.internal.schema.SchemaSnapshot;
import io.kakaorm.vertx.Database;
import io.vertx.core.Future;
import java.util.List;
import java.util.Map;

/** What the migrator needs from one database: reading its schema, its spelling rules, and DDL for changes. */
public interface SchemaDialect extends SchemaRules {
    /** The query dialect (types, quoting, value conversion). */
    Dialect dialect();

    /** Reads every table of the connection's current schema/database. */
    Future<SchemaSnapshot> read(Database db);

    /** The SQL statements of one change. */
    List<String> sql(Change change);

    /**
     * How the database stores the CHECK expressions of {@code tables}, keyed by
     * {@link io.kakaorm.migration.internal.schema.SchemaDiff#checkKey}; empty where the database keeps the text as
     * written (SQLite).
     */
    default Future<Map<String, String>> storedChecks(Database db, List<TableDef> tables) {
        return Future.succeededFuture(Map.of());
    }

    /**
     * The SQL expression for "now" in the form this database stores a {@code type} column (an
     * {@code Instant} at UTC, a {@code LocalDateTime} in local time, a {@code LocalDate}), to backfill an
     * auto timestamp added to a table with rows.
     */
    String currentTime(ColumnType type);

    /** The migration lock of this database. */
    MigrationLock lock();

    /**
     * How this server makes a namespace for a shadow database, or {@code null} for a database that is a file
     * (its shadow is a temporary file).
     */
    default ScratchSpace scratchSpace() {
        return null;
    }
}
