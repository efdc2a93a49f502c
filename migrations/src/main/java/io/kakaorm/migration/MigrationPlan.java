package io.kakaorm.migration;

import io.kakaorm.migration.internal.SchemaDialect;
import io.kakaorm.migration.internal.StatementRunner;
import io.kakaorm.migration.internal.schema.Change;
import io.kakaorm.migration.internal.schema.Views;
import io.kakaorm.migration.schema.SchemaChange;
import io.kakaorm.vertx.Database;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.List;

/**
 * The changes between models and a live schema, with their SQL both ways. Made by {@link Migrator};
 * immutable. {@link #apply()} runs the up SQL, in one transaction where the database has transactional
 * DDL (PostgreSQL, SQLite); on MariaDB each DDL statement commits by itself.
 */
public final class MigrationPlan {
    private final Database db;
    private final SchemaDialect schema;
    private final List<Change> changes;
    private final List<SchemaChange> views;
    private final List<String> up;
    private final List<String> down;

    MigrationPlan(Database db, SchemaDialect schema, List<Change> changes) {
        this.db = db;
        this.schema = schema;
        this.changes = List.copyOf(changes);
        List<String> u = new ArrayList<>();
        List<SchemaChange> v = new ArrayList<>();
        for (Change c : changes) {
            List<String> sql = schema.sql(c);
            u.addAll(sql);
            v.add(Views.change(c, sql));
        }
        this.views = List.copyOf(v);
        List<String> d = new ArrayList<>();
        for (int i = changes.size() - 1; i >= 0; i--) {
            d.addAll(schema.sql(changes.get(i).inverse()));
        }
        this.up = List.copyOf(u);
        this.down = List.copyOf(d);
    }

    /** The changes, in the order they are applied, each with its SQL. */
    public List<SchemaChange> changes() {
        return views;
    }

    /** The changes as the diff made them (for the migrator and its tests). */
    List<Change> steps() {
        return changes;
    }

    /** The up statements, without trailing semicolons. */
    public List<String> sql() {
        return up;
    }

    /** The statements that undo {@link #sql()}: the inverse of each change, in reverse order. */
    public List<String> downSql() {
        return down;
    }

    /** Whether the schema already matches the models. */
    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** Whether a change rebuilds an SQLite table (run with foreign-key enforcement off around it). */
    boolean rebuilds() {
        return changes.stream().anyMatch(c -> c instanceof Change.RebuildTable);
    }

    /**
     * Runs the up SQL.
     *
     * @return fails with a {@link MigrationException} naming the statement and the database's SQL state
     */
    public Future<Void> apply() {
        return StatementRunner.run(db, "(plan)", up, schema.dialect().features().transactionalDdl(), rebuilds());
    }

    /** Runs the down SQL; fails like {@link #apply()}. */
    public Future<Void> applyDown() {
        return StatementRunner.run(
                db, "(plan down)", down, schema.dialect().features().transactionalDdl(), rebuilds());
    }

    @Override
    public String toString() {
        return up.isEmpty() ? "MigrationPlan[empty]" : "MigrationPlan[\n  " + String.join(";\n  ", up) + ";\n]";
    }
}
