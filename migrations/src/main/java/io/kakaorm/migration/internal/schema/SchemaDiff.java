package io.kakaorm.migration.internal.schema;

import io.kakaorm.dialect.ddl.CheckDef;
import io.kakaorm.dialect.ddl.ColumnDef;
import io.kakaorm.dialect.ddl.ForeignKeyDef;
import io.kakaorm.dialect.ddl.IndexDef;
import io.kakaorm.dialect.ddl.TableDef;
import io.kakaorm.migration.schema.Renames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Computes the changes that turn the {@code current} schema (read from a database) into the
 * {@code desired} one (built from models). Tables of {@code current} that are not desired, and their
 * columns, are dropped only when {@code drops} is set. Stateless.
 *
 * <p>Order of the result: drops of foreign keys, checks and indexes; renames; new tables (referenced
 * tables first); new and changed columns; new indexes, checks and foreign keys; dropped columns; dropped
 * tables. Reversed and inverted, the same list is the down migration.
 */
public final class SchemaDiff {
    /** The history table of the versioned migrator; never part of a diff. */
    public static final String HISTORY_TABLE = "kakaorm_migrations";

    private final SchemaRules rules;
    private final boolean drops;
    private final Map<String, String> storedChecks;
    private final Map<String, String> backfills;
    private final List<Change> dropConstraints = new ArrayList<>();
    private final List<Change> renames = new ArrayList<>();
    private final List<Change> creates = new ArrayList<>();
    private final List<Change> columns = new ArrayList<>();
    private final List<Change> addConstraints = new ArrayList<>();
    private final List<Change> dropColumns = new ArrayList<>();
    private final List<Change> dropTables = new ArrayList<>();
    private final List<Change> rebuilds = new ArrayList<>();

    private SchemaDiff(
            SchemaRules rules, boolean drops, Map<String, String> storedChecks, Map<String, String> backfills) {
        this.rules = rules;
        this.drops = drops;
        this.storedChecks = storedChecks;
        this.backfills = backfills;
    }

    /** The changes from {@code current} to {@code desired}; empty when they are equal. */
    public static List<Change> between(
            SchemaSnapshot current, SchemaSnapshot desired, SchemaRules rules, Renames renames, boolean drops) {
        return between(current, desired, rules, renames, drops, Map.of(), Map.of());
    }

    /**
     * Like {@link #between(SchemaSnapshot, SchemaSnapshot, SchemaRules, Renames, boolean)}, comparing a desired
     * CHECK by the form the database stores for it ({@code storedChecks}, keyed by {@link #checkKey}) where
     * known, so that a check the database rewrites ({@code BETWEEN} → {@code >= AND <=}) is still equal; a
     * NOT NULL column added to an existing table fills its rows with the expression {@code backfills} holds
     * for it (keyed by {@link #columnKey}).
     */
    public static List<Change> between(
            SchemaSnapshot current,
            SchemaSnapshot desired,
            SchemaRules rules,
            Renames renames,
            boolean drops,
            Map<String, String> storedChecks,
            Map<String, String> backfills) {
        return new SchemaDiff(rules, drops, storedChecks, backfills).run(current, desired, renames);
    }

    /** The key of a model's CHECK {@code expression} on {@code table} in a map of stored forms. */
    public static String checkKey(String table, String expression) {
        return table + "\u0000" + expression;
    }

    /** The key of {@code column} of {@code table} in a map of backfills. */
    public static String columnKey(String table, String column) {
        return table + "." + column;
    }

    /**
     * The desired tables that exist in {@code current} (under their name or a hinted old one) and have a CHECK
     * whose text matches none of the live table's: those whose stored form must be asked for.
     */
    public static List<TableDef> checksToProbe(
            SchemaSnapshot current, SchemaSnapshot desired, SchemaRules rules, Renames renames) {
        Map<String, String> back = new LinkedHashMap<>();
        renames.tables().forEach((from, to) -> back.put(to, from));
        List<TableDef> out = new ArrayList<>();
        for (TableDef want : desired.tables().values()) {
            TableDef have = current.table(want.name());
            if (have == null && back.containsKey(want.name())) {
                have = current.table(back.get(want.name()));
            }
            if (have == null) {
                continue;
            }
            Set<String> live = new LinkedHashSet<>();
            have.checks().forEach(h -> live.add(rules.check(h.expression())));
            for (CheckDef w : want.checks()) {
                if (!live.contains(rules.check(w.expression()))) {
                    out.add(want);
                    break;
                }
            }
        }
        return out;
    }

    private List<Change> run(SchemaSnapshot current, SchemaSnapshot desired, Renames hints) {
        Map<String, TableDef> live = new LinkedHashMap<>(current.tables());
        live.remove(HISTORY_TABLE);
        hints.tables().forEach((from, to) -> {
            TableDef t = live.get(from);
            if (t != null && !live.containsKey(to) && desired.tables().containsKey(to)) {
                renames.add(new Change.RenameTable(from, to));
                live.remove(from);
                live.put(to, Snapshots.renameTable(t, to));
                live.replaceAll((k, v) -> Snapshots.retarget(v, from, to));
            }
        });
        List<TableDef> toCreate = new ArrayList<>();
        for (TableDef want : desired.tables().values()) {
            TableDef have = live.get(want.name());
            if (have == null) {
                toCreate.add(want);
            } else {
                table(have, want, hints.columns(want.name()));
            }
        }
        for (TableDef t : Snapshots.referencedFirst(toCreate)) {
            creates.add(new Change.CreateTable(t));
        }
        if (drops) {
            List<TableDef> gone = new ArrayList<>();
            for (TableDef t : live.values()) {
                if (!desired.tables().containsKey(t.name())) {
                    gone.add(t);
                }
            }
            List<TableDef> order = Snapshots.referencedFirst(gone);
            for (int i = order.size() - 1; i >= 0; i--) {
                dropTables.add(new Change.DropTable(order.get(i)));
            }
        }
        List<Change> out = new ArrayList<>();
        out.addAll(dropConstraints);
        out.addAll(renames);
        out.addAll(creates);
        out.addAll(rebuilds);
        out.addAll(columns);
        out.addAll(addConstraints);
        out.addAll(dropColumns);
        out.addAll(dropTables);
        return out;
    }

    private void table(TableDef have, TableDef want, Map<String, String> columnRenames) {
        String table = want.name();
        List<Change> mine = new ArrayList<>();
        Map<String, String> sources = new LinkedHashMap<>();
        for (ColumnDef c : have.columns()) {
            sources.put(c.name(), c.name());
        }
        for (Map.Entry<String, String> r : columnRenames.entrySet()) {
            if (have.column(r.getKey()) != null
                    && have.column(r.getValue()) == null
                    && want.column(r.getValue()) != null) {
                mine.add(new Change.RenameColumn(table, r.getKey(), r.getValue()));
                have = Snapshots.renameColumn(have, r.getKey(), r.getValue());
                sources.remove(r.getKey());
                sources.put(r.getValue(), r.getKey());
            }
        }
        for (ColumnDef w : want.columns()) {
            ColumnDef h = have.column(w.name());
            if (h == null) {
                mine.add(new Change.AddColumn(table, w, backfills.get(columnKey(table, w.name()))));
                sources.remove(w.name());
            } else if (!sameColumn(h, w)) {
                mine.add(new Change.AlterColumn(table, h, w));
            }
        }
        List<ColumnDef> kept = new ArrayList<>(want.columns());
        for (ColumnDef h : have.columns()) {
            if (want.column(h.name()) == null) {
                if (drops) {
                    mine.add(new Change.DropColumn(table, h));
                    sources.remove(h.name());
                } else {
                    kept.add(h);
                }
            }
        }
        indexes(table, have, want, mine);
        foreignKeys(table, have, want, mine);
        checks(table, have, want, mine);
        boolean rebuild = false;
        for (Change c : mine) {
            rebuild |= !rules.canAlter(c);
        }
        if (rebuild) {
            TableDef target = new TableDef(
                    want.name(), kept, want.primaryKey(), want.indexes(), want.foreignKeys(), want.checks());
            Map<String, String> copy = new LinkedHashMap<>();
            sources.forEach((to, from) -> {
                if (target.column(to) != null) {
                    copy.put(to, from);
                }
            });
            for (Change c : mine) {
                if (c instanceof Change.RenameColumn) {
                    have = Snapshots.renameColumn(
                            have, ((Change.RenameColumn) c).to(), ((Change.RenameColumn) c).from());
                }
            }
            Map<String, String> fills = new LinkedHashMap<>();
            for (Change c : mine) {
                if (c instanceof Change.AddColumn a && a.backfill() != null) {
                    fills.put(a.column().name(), a.backfill());
                }
            }
            rebuilds.add(new Change.RebuildTable(have, target, copy, fills));
            return;
        }
        for (Change c : mine) {
            bucket(c).add(c);
        }
    }

    private List<Change> bucket(Change c) {
        if (c instanceof Change.RenameColumn) {
            return renames;
        }
        if (c instanceof Change.AddColumn || c instanceof Change.AlterColumn) {
            return columns;
        }
        if (c instanceof Change.DropColumn) {
            return dropColumns;
        }
        if (c instanceof Change.DropIndex || c instanceof Change.DropForeignKey || c instanceof Change.DropCheck) {
            return dropConstraints;
        }
        return addConstraints;
    }

    private boolean sameColumn(ColumnDef h, ColumnDef w) {
        if (!rules.type(h).equals(rules.type(w)) || h.nullable() != w.nullable()) {
            return false;
        }
        if (h.autoIncrement() || w.autoIncrement()) {
            return true; // the sequence/identity default is the database's business
        }
        String a = rules.defaultValue(h.defaultSql());
        String b = rules.defaultValue(w.defaultSql());
        return a == null ? b == null : a.equals(b);
    }

    /** A desired index matches a live one of the same name; a UNIQUE constraint matches any unique index on its columns. */
    private void indexes(String table, TableDef have, TableDef want, List<Change> out) {
        List<IndexDef> left = new ArrayList<>(have.indexes());
        List<IndexDef> missing = new ArrayList<>();
        for (IndexDef w : want.indexes()) {
            if (w.constraint()) {
                continue;
            }
            IndexDef found = null;
            for (IndexDef h : left) {
                if (w.name() != null
                        && w.name().equalsIgnoreCase(h.name())
                        && h.columns().equals(w.columns())
                        && h.unique() == w.unique()) {
                    found = h;
                    break;
                }
            }
            if (found == null) {
                missing.add(w);
            } else {
                left.remove(found);
            }
        }
        for (IndexDef w : want.indexes()) {
            if (!w.constraint()) {
                continue;
            }
            IndexDef found = null;
            for (IndexDef h : left) {
                if (h.unique() && h.columns().equals(w.columns()) && (found == null || h.constraint())) {
                    found = h;
                }
            }
            if (found == null) {
                missing.add(w);
            } else {
                left.remove(found);
            }
        }
        for (IndexDef h : left) {
            out.add(new Change.DropIndex(table, h));
        }
        for (IndexDef w : missing) {
            out.add(new Change.AddIndex(table, w));
        }
    }

    private void foreignKeys(String table, TableDef have, TableDef want, List<Change> out) {
        List<ForeignKeyDef> left = new ArrayList<>(have.foreignKeys());
        for (ForeignKeyDef w : want.foreignKeys()) {
            ForeignKeyDef found = null;
            for (ForeignKeyDef h : left) {
                if (h.columns().equals(w.columns())
                        && h.targetTable().equalsIgnoreCase(w.targetTable())
                        && h.targetColumns().equals(w.targetColumns())
                        && rules.onDelete(h.onDelete()).equals(rules.onDelete(w.onDelete()))) {
                    found = h;
                    break;
                }
            }
            if (found == null) {
                out.add(new Change.AddForeignKey(table, w));
            } else {
                left.remove(found);
            }
        }
        for (ForeignKeyDef h : left) {
            out.add(new Change.DropForeignKey(table, h));
        }
    }

    private void checks(String table, TableDef have, TableDef want, List<Change> out) {
        List<CheckDef> left = new ArrayList<>(have.checks());
        Set<String> seen = new LinkedHashSet<>();
        for (CheckDef w : want.checks()) {
            String key = rules.check(storedChecks.getOrDefault(checkKey(table, w.expression()), w.expression()));
            CheckDef found = null;
            for (CheckDef h : left) {
                if (rules.check(h.expression()).equals(key)) {
                    found = h;
                    break;
                }
            }
            if (found == null) {
                if (seen.add(key)) {
                    out.add(new Change.AddCheck(table, w));
                }
            } else {
                left.remove(found);
            }
        }
        for (CheckDef h : left) {
            out.add(new Change.DropCheck(table, h));
        }
    }
}
