package io.kakaorm.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kakaorm.dialect.ddl.ColumnDef;
import io.kakaorm.dialect.ddl.ForeignKeyDef;
import io.kakaorm.dialect.ddl.IndexDef;
import io.kakaorm.dialect.ddl.TableDef;
import io.kakaorm.migration.internal.schema.Change;
import io.kakaorm.migration.internal.schema.SchemaDiff;
import io.kakaorm.migration.internal.schema.SchemaRules;
import io.kakaorm.migration.internal.schema.SchemaSnapshot;
import io.kakaorm.migration.schema.Renames;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The diff on hand-made snapshots: order, drops only on request, renames, rebuild grouping, inverses. */
class SchemaDiffTest {
    /** Compares as written; ALTER can do everything except when {@code rebuild} is set for column changes. */
    private static SchemaRules rules(boolean rebuildAlters) {
        return new SchemaRules() {
            public String type(ColumnDef c) {
                return c.type().toLowerCase();
            }

            public String defaultValue(String d) {
                return d;
            }

            public String check(String e) {
                return e;
            }

            public String onDelete(String a) {
                return a;
            }

            public boolean canAlter(Change c) {
                return !(rebuildAlters && c instanceof Change.AlterColumn);
            }
        };
    }

    private static ColumnDef col(String name, String type) {
        return new ColumnDef(name, type, true, null, false);
    }

    private static TableDef table(String name, List<ColumnDef> cols, List<ForeignKeyDef> fks) {
        return new TableDef(name, cols, List.of("id"), List.<IndexDef>of(), fks, List.of());
    }

    private static final ColumnDef ID = new ColumnDef("id", "INTEGER", false, null, true);

    @Test
    void newTables_referencedFirst_andDropsOnlyWithDrop() {
        TableDef child = table(
                "child",
                List.of(ID, col("parent_id", "INTEGER")),
                List.of(new ForeignKeyDef("fk", List.of("parent_id"), "parent", List.of("id"), "CASCADE")));
        TableDef parent = table("parent", List.of(ID), List.of());
        TableDef old = table("old", List.of(ID), List.of());
        SchemaSnapshot live = SchemaSnapshot.of(List.of(old, table("kakaorm_migrations", List.of(ID), List.of())));
        SchemaSnapshot want = SchemaSnapshot.of(List.of(child, parent));
        List<Change> plain = SchemaDiff.between(live, want, rules(false), Renames.none(), false);
        assertEquals(List.of(new Change.CreateTable(parent), new Change.CreateTable(child)), plain);
        List<Change> drop = SchemaDiff.between(live, want, rules(false), Renames.none(), true);
        assertEquals(new Change.DropTable(old), drop.get(2), "the history table is never dropped");
        assertEquals(3, drop.size());
    }

    @Test
    void columnChanges_renames_andInverses() {
        TableDef live = table("t", List.of(ID, col("a", "TEXT"), col("b", "INTEGER")), List.of());
        TableDef want = table("t", List.of(ID, col("a2", "TEXT"), col("b", "BIGINT"), col("c", "TEXT")), List.of());
        List<Change> ch = SchemaDiff.between(
                SchemaSnapshot.of(List.of(live)),
                SchemaSnapshot.of(List.of(want)),
                rules(false),
                Renames.none().column("t", "a", "a2"),
                true);
        assertEquals(new Change.RenameColumn("t", "a", "a2"), ch.get(0));
        assertTrue(ch.contains(new Change.AlterColumn("t", col("b", "INTEGER"), col("b", "BIGINT"))));
        assertTrue(ch.contains(new Change.AddColumn("t", col("c", "TEXT"))));
        assertEquals(new Change.RenameColumn("t", "a2", "a"), ch.get(0).inverse());
    }

    @Test
    void whatAlterCannotDo_becomesOneRebuildKeepingTheData() {
        TableDef live = table("t", List.of(ID, col("a", "TEXT"), col("b", "INTEGER")), List.of());
        TableDef want = table("t", List.of(ID, col("a", "TEXT"), col("b", "BIGINT"), col("c", "TEXT")), List.of());
        List<Change> ch = SchemaDiff.between(
                SchemaSnapshot.of(List.of(live)), SchemaSnapshot.of(List.of(want)), rules(true), Renames.none(), false);
        assertEquals(1, ch.size());
        Change.RebuildTable r = assertInstanceOf(Change.RebuildTable.class, ch.get(0));
        assertEquals(live, r.from());
        assertEquals(want, r.to());
        assertEquals(Map.of("id", "id", "a", "a", "b", "b"), r.sources());
        assertEquals(live, ((Change.RebuildTable) r.inverse()).to());
    }
}
