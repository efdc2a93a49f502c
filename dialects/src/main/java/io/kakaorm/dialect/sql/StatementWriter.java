package io.kakaorm.dialect.sql;

import io.kakaorm.UnsupportedFeatureException;
import io.kakaorm.expr.Call;
import io.kakaorm.expr.CaseWhen;
import io.kakaorm.expr.ColumnRef;
import io.kakaorm.expr.Expr;
import io.kakaorm.expr.Window;
import io.kakaorm.meta.ColumnMeta;
import io.kakaorm.query.Assignment;
import io.kakaorm.query.Delete;
import io.kakaorm.query.Insert;
import io.kakaorm.query.InsertSelect;
import io.kakaorm.query.Join;
import io.kakaorm.query.OrderItem;
import io.kakaorm.query.Select;
import io.kakaorm.query.SelectItem;
import io.kakaorm.query.Update;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/** Writes whole statements through a dialect's {@link SqlRenderer}. One per statement. */
public final class StatementWriter {
    private final SqlRenderer r;
    private final SqlWriter w;

    public StatementWriter(SqlRenderer renderer) {
        this.r = renderer;
        this.w = renderer.writer();
    }

    /** SELECT [DISTINCT] items FROM table [JOIN …] WHERE … GROUP BY … HAVING … ORDER BY … LIMIT … */
    public void select(Select s) {
        r.scope(s);
        CommonTables.write(r, s);
        w.append(s.distinct() ? "SELECT DISTINCT " : "SELECT ");
        selectList(s);
        if ((s.limit() != null || s.offset() != null) && !s.isGrouped() && !s.distinct() && aggregates(s)) {
            windowedFrom(s);
            return;
        }
        fromWhere(s);
        orderLimit(s);
    }

    /**
     * Aggregates over a limited query mean "over those rows" (as count() does), while SQL would apply
     * LIMIT to the single aggregate row: aggregate over a derived table that holds the limited rows,
     * named like the table so that the (unqualified) column references still resolve.
     */
    private void windowedFrom(Select s) {
        if (s.isJoined()) {
            throw new UnsupportedFeatureException(
                    r.dialectName(),
                    "an aggregate over a limited join (aggregate the joined query without limit/offset)");
        }
        w.append(" FROM (SELECT ");
        selectList(s.withItems(List.of()));
        fromWhere(s);
        orderLimit(s);
        w.append(") AS ");
        r.identifier(s.from().table());
    }

    private static boolean aggregates(Select s) {
        for (SelectItem item : s.items()) {
            if (hasAggregate(item.expr())) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasAggregate(Expr e) {
        if (e instanceof Call c) {
            if (c.function().isAggregate()) {
                return true;
            }
            for (Expr a : c.args()) {
                if (hasAggregate(a)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * SELECT COUNT(*) of the rows {@code s} selects; over a derived table when LIMIT/OFFSET, GROUP BY or
     * DISTINCT make the rows something other than the filtered (joined) rows. The select list counts only
     * under DISTINCT (it is what is made distinct).
     */
    public void count(Select s) {
        r.scope(s);
        CommonTables.write(r, s);
        if (s.limit() == null && s.offset() == null && !s.isGrouped() && !s.distinct()) {
            w.append("SELECT COUNT(*)");
            fromWhere(s);
            return;
        }
        w.append("SELECT COUNT(*) FROM (SELECT ");
        if (s.distinct()) {
            w.append("DISTINCT ");
            List<SelectItem> items = s.items();
            if (items.isEmpty()) {
                selectList(s); // every column: distinct rows of the joined models
            } else {
                for (int i = 0; i < items.size(); i++) {
                    w.append(i > 0 ? ", " : "");
                    r.valueExpr(items.get(i).expr());
                    w.append(" AS ");
                    r.identifier("c" + i); // derived tables need distinct column names on MySQL
                }
            }
        } else {
            w.append("1 AS ");
            r.identifier("one");
        }
        fromWhere(s);
        orderLimit(s);
        w.append(") AS ");
        r.identifier("counted");
    }

    /** INSERT INTO table (columns) VALUES (?, …) [RETURNING pk]. */
    public void insert(Insert ins, Object[] values, boolean returning) {
        w.append("INSERT INTO ");
        r.identifier(ins.model().table());
        List<ColumnMeta> cols = ins.columns();
        if (cols.isEmpty()) {
            r.insertDefaultValues();
        } else {
            w.append(" (");
            for (int i = 0; i < cols.size(); i++) {
                if (i > 0) {
                    w.append(", ");
                }
                r.identifier(cols.get(i).name());
            }
            w.append(") VALUES (");
            for (int i = 0; i < cols.size(); i++) {
                if (i > 0) {
                    w.append(", ");
                }
                r.bind(values[i], null); // the column types the values
            }
            w.append(')');
        }
        if (ins.returningKey() && returning) {
            r.returning(ins.model().primaryKey().name());
        }
    }

    /** INSERT INTO target (columns) SELECT values FROM … */
    public void insertSelect(InsertSelect ins) {
        w.append("INSERT INTO ");
        r.identifier(ins.target().table());
        w.append(" (");
        for (int i = 0; i < ins.columns().size(); i++) {
            w.append(i > 0 ? ", " : "");
            r.identifier(ins.columns().get(i).name());
        }
        w.append(") ");
        select(ins.select());
    }

    /** UPDATE table SET col = expr, … WHERE … */
    public void update(Update u) {
        r.scope(new Select(u.model(), List.of(), null, List.of(), null, null)); // what a scalar subquery correlates to
        w.append("UPDATE ");
        r.identifier(u.model().table());
        w.append(" SET ");
        List<Assignment> set = r.assignsInOrder() ? readsFirst(u.set()) : u.set();
        for (int i = 0; i < set.size(); i++) {
            if (i > 0) {
                w.append(", ");
            }
            r.identifier(set.get(i).column().name());
            w.append(" = ");
            r.valueExpr(set.get(i).value());
        }
        where(u.where());
    }

    /**
     * The assignments ordered so that each one that reads a column comes before the one that sets it: a
     * database that assigns left to right (MariaDB) then computes every value from the row as it was, as
     * the statement means. Assignments that read each other's columns in a cycle are refused.
     */
    private List<Assignment> readsFirst(List<Assignment> set) {
        List<Assignment> left = new ArrayList<>(set);
        List<Assignment> out = new ArrayList<>();
        while (!left.isEmpty()) {
            Assignment next = null;
            for (Assignment a : left) {
                boolean readByOther = false;
                for (Assignment b : left) {
                    if (b != a && reads(b.value(), a.column().name())) {
                        readByOther = true;
                        break;
                    }
                }
                if (!readByOther) {
                    next = a;
                    break;
                }
            }
            if (next == null) {
                throw new UnsupportedFeatureException(
                        r.dialectName(),
                        "an update whose values read each "
                                + "other's columns in a cycle (the database assigns left to right); split it into two updates");
            }
            left.remove(next);
            out.add(next);
        }
        return out;
    }

    /** Whether {@code e} (a tree node, a list of them, or a part record) reads the column {@code name}. */
    private static boolean reads(Object e, String name) {
        if (e instanceof ColumnRef c) {
            return c.column().name().equals(name);
        }
        if (e instanceof List<?> list) {
            for (Object o : list) {
                if (reads(o, name)) {
                    return true;
                }
            }
            return false;
        }
        if (e instanceof Record rec && (e instanceof Expr || e instanceof CaseWhen.When || e instanceof Window.Key)) {
            for (RecordComponent rc : rec.getClass().getRecordComponents()) {
                try {
                    if (reads(rc.getAccessor().invoke(rec), name)) {
                        return true;
                    }
                } catch (ReflectiveOperationException ex) {
                    throw new IllegalStateException(ex);
                }
            }
        }
        return false;
    }

    /** DELETE FROM table WHERE … */
    public void delete(Delete d) {
        r.scope(new Select(d.model(), List.of(), null, List.of(), null, null)); // what a scalar subquery correlates to
        w.append("DELETE FROM ");
        r.identifier(d.model().table());
        where(d.where());
    }

    private void selectList(Select s) {
        List<SelectItem> items = s.items();
        if (items.isEmpty()) {
            int n = 0;
            for (int source = 0; source <= s.joins().size(); source++) {
                for (ColumnMeta c : s.source(source).columns()) {
                    w.append(n++ > 0 ? ", " : "");
                    r.columnName(new ColumnRef(c, source)); // the stored value, as hydration reads it
                    if (s.isJoined() && s.distinct()) {
                        w.append(" AS ");
                        r.identifier("c" + (n - 1));
                    }
                }
                if (!s.isJoined()) {
                    break;
                }
            }
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                w.append(", ");
            }
            SelectItem item = items.get(i);
            if (item.expr() instanceof ColumnRef c) {
                r.columnName(c); // the stored value, as hydration reads it
            } else {
                r.valueExpr(item.expr());
            }
            if (item.alias() != null) {
                w.append(" AS ");
                r.identifier(item.alias());
            }
        }
    }

    private void fromWhere(Select s) {
        w.append(" FROM ");
        if (!ArchiveUnion.write(r, w, s.from())) {
            r.identifier(s.from().table());
        }
        if (s.isJoined()) {
            w.append(" AS ");
            r.identifier(r.aliasOf(0));
            for (int i = 0; i < s.joins().size(); i++) {
                Join j = s.joins().get(i);
                w.append(' ').append(j.kind().sql()).append(' ');
                r.identifier(j.model().table());
                w.append(" AS ");
                r.identifier(r.aliasOf(i + 1));
                w.append(" ON ");
                r.joinCondition(true);
                r.expr(j.on());
                r.joinCondition(false);
            }
        }
        where(s.where());
        List<Expr> keys = s.groupBy();
        for (int i = 0; i < keys.size(); i++) {
            w.append(i == 0 ? " GROUP BY " : ", ");
            r.expr(keys.get(i));
        }
        if (s.having() != null) {
            w.append(" HAVING ");
            r.expr(s.having());
        }
    }

    private void where(Expr predicate) {
        if (predicate != null) {
            w.append(" WHERE ");
            r.expr(predicate);
        }
    }

    private void orderLimit(Select s) {
        List<OrderItem> keys = s.orderBy();
        for (int i = 0; i < keys.size(); i++) {
            w.append(i == 0 ? " ORDER BY " : ", ");
            r.orderKey(keys.get(i));
        }
        if (s.limit() != null || s.offset() != null) {
            r.limitOffset(s.limit(), s.offset());
        }
    }
}
