package io.kakaorm.migration.internal.schema;

import io.kakaorm.dialect.ddl.CheckDef;
import io.kakaorm.dialect.ddl.ColumnDef;
import io.kakaorm.dialect.ddl.ForeignKeyDef;
import io.kakaorm.dialect.ddl.IndexDef;
import io.kakaorm.dialect.ddl.TableDef;
import io.kakaorm.migration.schema.Schema;
import io.kakaorm.migration.schema.SchemaChange;
import io.kakaorm.migration.schema.SchemaChange.Kind;
import io.kakaorm.migration.schema.Table;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The read-only views of the API package {@code migration.schema} made from the diff's own values (which are
 * the dialects' table definitions, not API).
 */
public final class Views {
    private Views() {}

    /** The tables of {@code s}, in its order. */
    public static Schema schema(SchemaSnapshot s) {
        Map<String, Table> tables = new LinkedHashMap<>();
        s.tables().forEach((name, t) -> tables.put(name, table(t)));
        return new Schema(tables);
    }

    /** One table. */
    public static Table table(TableDef t) {
        return new Table(
                t.name(),
                t.columns().stream().map(Views::column).toList(),
                t.primaryKey(),
                t.indexes().stream().map(Views::index).toList(),
                t.foreignKeys().stream().map(Views::foreignKey).toList(),
                t.checks().stream().map(Views::check).toList());
    }

    /** {@code c} with the statements {@code sql} that make it. */
    public static SchemaChange change(Change c, List<String> sql) {
        return c.accept(new ChangeVisitor<>() {
            public SchemaChange createTable(Change.CreateTable x) {
                return of(Kind.CREATE_TABLE, x.table(), null, null);
            }

            public SchemaChange dropTable(Change.DropTable x) {
                return of(Kind.DROP_TABLE, x.table(), null, null);
            }

            public SchemaChange renameTable(Change.RenameTable x) {
                return of(Kind.RENAME_TABLE, x.from(), null, x.to());
            }

            public SchemaChange addColumn(Change.AddColumn x) {
                return of(Kind.ADD_COLUMN, x.table(), x.column().name(), null);
            }

            public SchemaChange dropColumn(Change.DropColumn x) {
                return of(Kind.DROP_COLUMN, x.table(), x.column().name(), null);
            }

            public SchemaChange alterColumn(Change.AlterColumn x) {
                return of(Kind.ALTER_COLUMN, x.table(), x.to().name(), null);
            }

            public SchemaChange renameColumn(Change.RenameColumn x) {
                return of(Kind.RENAME_COLUMN, x.table(), x.from(), x.to());
            }

            public SchemaChange addIndex(Change.AddIndex x) {
                return of(Kind.ADD_INDEX, x.table(), x.index().name(), null);
            }

            public SchemaChange dropIndex(Change.DropIndex x) {
                return of(Kind.DROP_INDEX, x.table(), x.index().name(), null);
            }

            public SchemaChange addForeignKey(Change.AddForeignKey x) {
                return of(Kind.ADD_FOREIGN_KEY, x.table(), x.foreignKey().name(), null);
            }

            public SchemaChange dropForeignKey(Change.DropForeignKey x) {
                return of(Kind.DROP_FOREIGN_KEY, x.table(), x.foreignKey().name(), null);
            }

            public SchemaChange addCheck(Change.AddCheck x) {
                return of(Kind.ADD_CHECK, x.table(), x.check().name(), null);
            }

            public SchemaChange dropCheck(Change.DropCheck x) {
                return of(Kind.DROP_CHECK, x.table(), x.check().name(), null);
            }

            public SchemaChange rebuildTable(Change.RebuildTable x) {
                return of(Kind.REBUILD_TABLE, x.table(), null, null);
            }

            private SchemaChange of(Kind kind, String table, String name, String newName) {
                return new SchemaChange(kind, table, name, newName, sql);
            }
        });
    }

    private static Table.Column column(ColumnDef c) {
        return new Table.Column(c.name(), c.type(), c.nullable(), c.defaultSql(), c.autoIncrement());
    }

    private static Table.Index index(IndexDef i) {
        return new Table.Index(i.name(), i.columns(), i.unique(), i.constraint());
    }

    private static Table.ForeignKey foreignKey(ForeignKeyDef f) {
        return new Table.ForeignKey(f.name(), f.columns(), f.targetTable(), f.targetColumns(), f.onDelete());
    }

    private static Table.Check check(CheckDef c) {
        return new Table.Check(c.name(), c.expression());
    }
}
