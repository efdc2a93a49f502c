package io.kakaorm.migration.internal.schema;

import io.kakaorm.dialect.ddl.CheckDef;
import io.kakaorm.dialect.ddl.ColumnDef;
import io.kakaorm.dialect.ddl.ForeignKeyDef;
import io.kakaorm.dialect.ddl.IndexDef;
import io.kakaorm.dialect.ddl.TableDef;
import java.util.HashMap;
import java.util.Map;

/**
 * One step from one schema to another. Every change knows its {@link #inverse()}, which is how a plan's
 * down SQL is built; a visitor lets each database write its SQL with the compiler checking every kind.
 */
public sealed interface Change
        permits Change.CreateTable,
                Change.DropTable,
                Change.RenameTable,
                Change.AddColumn,
                Change.DropColumn,
                Change.AlterColumn,
                Change.RenameColumn,
                Change.AddIndex,
                Change.DropIndex,
                Change.AddForeignKey,
                Change.DropForeignKey,
                Change.AddCheck,
                Change.DropCheck,
                Change.RebuildTable {

    /** The change that undoes this one. */
    Change inverse();

    /** The table this change is about. */
    String table();

    /** Dispatches to the visitor method of this kind. */
    <R> R accept(ChangeVisitor<R> v);

    /** CREATE TABLE with everything in it. */
    record CreateTable(TableDef definition) implements Change {
        public Change inverse() {
            return new DropTable(definition);
        }

        public String table() {
            return definition.name();
        }

        public <R> R accept(ChangeVisitor<R> v) {
            return v.createTable(this);
        }
    }

    /** DROP TABLE; keeps the definition so that it can be undone (the data cannot). */
    record DropTable(TableDef definition) implements Change {
        public Change inverse() {
            return new CreateTable(definition);
        }

        public String table() {
            return definition.name();
        }

        public <R> R accept(ChangeVisitor<R> v) {
            return v.dropTable(this);
        }
    }

    /** ALTER TABLE … RENAME TO …, from a rename hint. */
    record RenameTable(String from, String to) implements Change {
        public Change inverse() {
            return new RenameTable(to, from);
        }

        public String table() {
            return from;
        }

        public <R> R accept(ChangeVisitor<R> v) {
            return v.renameTable(this);
        }
    }

    /**
     * ADD COLUMN with its DEFAULT, so a NOT NULL column can be added to a table with rows; a NOT NULL column
     * without one (an auto timestamp) fills the existing rows with {@code backfill}, an SQL expression, and
     * is left without a default.
     *
     * @param backfill the value of the existing rows, or {@code null} (the column's DEFAULT, or NULL)
     */
    record AddColumn(String table, ColumnDef column, String backfill) implements Change {
        /** ADD COLUMN without a backfill. */
        public AddColumn(String table, ColumnDef column) {
            this(table, column, null);
        }

        public Change inverse() {
            return new DropColumn(table, column);
        }

        public <R> R accept(ChangeVisitor<R> v) {
            return v.addColumn(this);
        }
    }

    /** DROP COLUMN (only from {@code planWithDrop}). */
    record DropColumn(String table, ColumnDef column) implements Change {
        public Change inverse() {
            return new AddColumn(table, column);
        }

        public <R> R accept(ChangeVisitor<R> v) {
            return v.dropColumn(this);
        }
    }

    /** Type, nullability and/or default of a column change. */
    record AlterColumn(String table, ColumnDef from, ColumnDef to) implements Change {
        public Change inverse() {
            return new AlterColumn(table, to, from);
        }

        public <R> R accept(ChangeVisitor<R> v) {
            return v.alterColumn(this);
        }
    }

    /** RENAME COLUMN, from a rename hint (keeps the data that drop + add would lose). */
    record RenameColumn(String table, String from, String to) implements Change {
        public Change inverse() {
            return new RenameColumn(table, to, from);
        }

        public <R> R accept(ChangeVisitor<R> v) {
            return v.renameColumn(this);
        }
    }

    /** CREATE INDEX, or ADD a UNIQUE constraint. */
    record AddIndex(String table, IndexDef index) implements Change {
        public Change inverse() {
            return new DropIndex(table, index);
        }

        public <R> R accept(ChangeVisitor<R> v) {
            return v.addIndex(this);
        }
    }

    /** DROP INDEX, or DROP a UNIQUE constraint. */
    record DropIndex(String table, IndexDef index) implements Change {
        public Change inverse() {
            return new AddIndex(table, index);
        }

        public <R> R accept(ChangeVisitor<R> v) {
            return v.dropIndex(this);
        }
    }

    /** ADD FOREIGN KEY. */
    record AddForeignKey(String table, ForeignKeyDef foreignKey) implements Change {
        public Change inverse() {
            return new DropForeignKey(table, foreignKey);
        }

        public <R> R accept(ChangeVisitor<R> v) {
            return v.addForeignKey(this);
        }
    }

    /** DROP FOREIGN KEY. */
    record DropForeignKey(String table, ForeignKeyDef foreignKey) implements Change {
        public Change inverse() {
            return new AddForeignKey(table, foreignKey);
        }

        public <R> R accept(ChangeVisitor<R> v) {
            return v.dropForeignKey(this);
        }
    }

    /** ADD CHECK. */
    record AddCheck(String table, CheckDef check) implements Change {
        public Change inverse() {
            return new DropCheck(table, check);
        }

        public <R> R accept(ChangeVisitor<R> v) {
            return v.addCheck(this);
        }
    }

    /** DROP CHECK. */
    record DropCheck(String table, CheckDef check) implements Change {
        public Change inverse() {
            return new AddCheck(table, check);
        }

        public <R> R accept(ChangeVisitor<R> v) {
            return v.dropCheck(this);
        }
    }

    /**
     * SQLite's table rebuild (create the new shape, copy the rows, drop, rename), for changes ALTER TABLE
     * cannot make there.
     *
     * @param from    the table as it is
     * @param to      the table as it should be
     * @param sources for each column of {@code to} that keeps data, the column of {@code from} it comes from
     * @param backfills for new NOT NULL columns without a DEFAULT, the SQL expression the copied rows get
     */
    record RebuildTable(TableDef from, TableDef to, Map<String, String> sources, Map<String, String> backfills)
            implements Change {
        public RebuildTable {
            sources = Map.copyOf(sources);
            backfills = Map.copyOf(backfills);
        }

        /** A rebuild without backfills. */
        public RebuildTable(TableDef from, TableDef to, Map<String, String> sources) {
            this(from, to, sources, Map.of());
        }

        public Change inverse() {
            Map<String, String> back = new HashMap<>();
            sources.forEach((k, v) -> back.put(v, k));
            return new RebuildTable(to, from, back);
        }

        public String table() {
            return to.name();
        }

        public <R> R accept(ChangeVisitor<R> v) {
            return v.rebuildTable(this);
        }
    }
}
