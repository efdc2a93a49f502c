package io.kakaorm.migration.internal.schema;

import io.kakaorm.dialect.ddl.ColumnDef;
import io.kakaorm.dialect.ddl.ForeignKeyDef;
import io.kakaorm.dialect.ddl.IndexDef;
import io.kakaorm.dialect.ddl.TableDef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Rewrites of snapshots used by the diff: renames and dependency order. */
final class Snapshots {
    private Snapshots() {}

    static TableDef renameTable(TableDef t, String to) {
        return new TableDef(to, t.columns(), t.primaryKey(), t.indexes(), t.foreignKeys(), t.checks());
    }

    /** Foreign keys that point at {@code from} point at {@code to}. */
    static TableDef retarget(TableDef t, String from, String to) {
        List<ForeignKeyDef> fks = new ArrayList<>();
        for (ForeignKeyDef fk : t.foreignKeys()) {
            fks.add(
                    fk.targetTable().equals(from)
                            ? new ForeignKeyDef(fk.name(), fk.columns(), to, fk.targetColumns(), fk.onDelete())
                            : fk);
        }
        return new TableDef(t.name(), t.columns(), t.primaryKey(), t.indexes(), fks, t.checks());
    }

    static TableDef renameColumn(TableDef t, String from, String to) {
        List<ColumnDef> cols = new ArrayList<>();
        for (ColumnDef c : t.columns()) {
            cols.add(c.name().equals(from) ? c.withName(to) : c);
        }
        List<IndexDef> ixs = new ArrayList<>();
        for (IndexDef i : t.indexes()) {
            ixs.add(new IndexDef(i.name(), rename(i.columns(), from, to), i.unique(), i.constraint()));
        }
        List<ForeignKeyDef> fks = new ArrayList<>();
        for (ForeignKeyDef f : t.foreignKeys()) {
            fks.add(new ForeignKeyDef(
                    f.name(), rename(f.columns(), from, to), f.targetTable(), f.targetColumns(), f.onDelete()));
        }
        return new TableDef(t.name(), cols, rename(t.primaryKey(), from, to), ixs, fks, t.checks());
    }

    private static List<String> rename(List<String> names, String from, String to) {
        List<String> out = new ArrayList<>();
        for (String n : names) {
            out.add(n.equals(from) ? to : n);
        }
        return out;
    }

    /** Tables ordered so that a table comes after the tables its foreign keys reference (cycles keep input order). */
    static List<TableDef> referencedFirst(List<TableDef> tables) {
        Map<String, TableDef> byName = new LinkedHashMap<>();
        for (TableDef t : tables) {
            byName.put(t.name(), t);
        }
        Set<String> done = new LinkedHashSet<>();
        Set<String> visiting = new LinkedHashSet<>();
        for (String n : byName.keySet()) {
            visit(n, byName, done, visiting);
        }
        List<TableDef> out = new ArrayList<>();
        for (String n : done) {
            out.add(byName.get(n));
        }
        return out;
    }

    private static void visit(String n, Map<String, TableDef> byName, Set<String> done, Set<String> visiting) {
        if (done.contains(n) || !visiting.add(n)) {
            return;
        }
        for (ForeignKeyDef fk : byName.get(n).foreignKeys()) {
            if (byName.containsKey(fk.targetTable()) && !fk.targetTable().equals(n)) {
                visit(fk.targetTable(), byName, done, visiting);
            }
        }
        done.add(n);
    }
}
