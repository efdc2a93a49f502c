package io.kakaorm.migration.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Rewrites of snapshots used by the diff: renames and dependency order. */
final class Snapshots {
    private Snapshots() {
    }

    static TableSnapshot renameTable(TableSnapshot t, String to) {
        return new TableSnapshot(to, t.columns(), t.primaryKey(), t.indexes(), t.foreignKeys(), t.checks());
    }

    /** Foreign keys that point at {@code from} point at {@code to}. */
    static TableSnapshot retarget(TableSnapshot t, String from, String to) {
        List<ForeignKeySnapshot> fks = new ArrayList<>();
        for (ForeignKeySnapshot fk : t.foreignKeys()) {
            fks.add(fk.targetTable().equals(from)
                    ? new ForeignKeySnapshot(fk.name(), fk.columns(), to, fk.targetColumns(), fk.onDelete()) : fk);
        }
        return new TableSnapshot(t.name(), t.columns(), t.primaryKey(), t.indexes(), fks, t.checks());
    }

    static TableSnapshot renameColumn(TableSnapshot t, String from, String to) {
        List<ColumnSnapshot> cols = new ArrayList<>();
        for (ColumnSnapshot c : t.columns()) {
            cols.add(c.name().equals(from) ? c.withName(to) : c);
        }
        List<IndexSnapshot> ixs = new ArrayList<>();
        for (IndexSnapshot i : t.indexes()) {
            ixs.add(new IndexSnapshot(i.name(), rename(i.columns(), from, to), i.unique(), i.constraint()));
        }
        List<ForeignKeySnapshot> fks = new ArrayList<>();
        for (ForeignKeySnapshot f : t.foreignKeys()) {
            fks.add(new ForeignKeySnapshot(f.name(), rename(f.columns(), from, to), f.targetTable(),
                    f.targetColumns(), f.onDelete()));
        }
        return new TableSnapshot(t.name(), cols, rename(t.primaryKey(), from, to), ixs, fks, t.checks());
    }

    private static List<String> rename(List<String> names, String from, String to) {
        List<String> out = new ArrayList<>();
        for (String n : names) {
            out.add(n.equals(from) ? to : n);
        }
        return out;
    }

    /** Tables ordered so that a table comes after the tables its foreign keys reference (cycles keep input order). */
    static List<TableSnapshot> referencedFirst(List<TableSnapshot> tables) {
        Map<String, TableSnapshot> byName = new LinkedHashMap<>();
        for (TableSnapshot t : tables) {
            byName.put(t.name(), t);
        }
        Set<String> done = new LinkedHashSet<>();
        Set<String> visiting = new LinkedHashSet<>();
        for (String n : byName.keySet()) {
            visit(n, byName, done, visiting);
        }
        List<TableSnapshot> out = new ArrayList<>();
        for (String n : done) {
            out.add(byName.get(n));
        }
        return out;
    }

    private static void visit(String n, Map<String, TableSnapshot> byName, Set<String> done, Set<String> visiting) {
        if (done.contains(n) || !visiting.add(n)) {
            return;
        }
        for (ForeignKeySnapshot fk : byName.get(n).foreignKeys()) {
            if (byName.containsKey(fk.targetTable()) && !fk.targetTable().equals(n)) {
                visit(fk.targetTable(), byName, done, visiting);
            }
        }
        done.add(n);
    }
}
