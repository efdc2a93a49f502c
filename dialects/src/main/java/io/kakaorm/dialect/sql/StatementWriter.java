package io.kakaorm.dialect.sql;

import io.kakaorm.expr.ColumnRef;
import io.kakaorm.meta.ColumnMeta;
import io.kakaorm.query.Assignment;
import io.kakaorm.query.Delete;
import io.kakaorm.query.Insert;
import io.kakaorm.query.OrderItem;
import io.kakaorm.query.Select;
import io.kakaorm.query.SelectItem;
import io.kakaorm.query.Update;
import java.util.List;

/** Writes whole statements through a dialect's {@link SqlRenderer}. One per statement. */
public final class StatementWriter {
    private final SqlRenderer r;
    private final SqlWriter w;

    public StatementWriter(SqlRenderer renderer) {
        this.r = renderer;
        this.w = renderer.writer();
    }

    /** SELECT items FROM table WHERE … ORDER BY … LIMIT … */
    public void select(Select s) {
        w.append("SELECT ");
        selectList(s);
        if ((s.limit() != null || s.offset() != null) && aggregates(s)) {
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

    private static boolean hasAggregate(io.kakaorm.expr.Expr e) {
        if (e instanceof io.kakaorm.expr.Call c) {
            if (c.function().isAggregate()) {
                return true;
            }
            for (io.kakaorm.expr.Expr a : c.args()) {
                if (hasAggregate(a)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** SELECT COUNT(*) of the rows {@code s} selects; a subquery when LIMIT/OFFSET bound it. */
    public void count(Select s) {
        if (s.limit() == null && s.offset() == null) {
            w.append("SELECT COUNT(*)");
            fromWhere(s);
            return;
        }
        w.append("SELECT COUNT(*) FROM (SELECT 1 AS ");
        r.identifier("one");
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

    /** UPDATE table SET col = expr, … WHERE … */
    public void update(Update u) {
        w.append("UPDATE ");
        r.identifier(u.model().table());
        w.append(" SET ");
        List<Assignment> set = u.set();
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

    /** DELETE FROM table WHERE … */
    public void delete(Delete d) {
        w.append("DELETE FROM ");
        r.identifier(d.model().table());
        where(d.where());
    }

    private void selectList(Select s) {
        List<SelectItem> items = s.items();
        if (items.isEmpty()) {
            List<ColumnMeta> cols = s.from().columns();
            for (int i = 0; i < cols.size(); i++) {
                if (i > 0) {
                    w.append(", ");
                }
                r.identifier(cols.get(i).name());
            }
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                w.append(", ");
            }
            SelectItem item = items.get(i);
            if (item.expr() instanceof ColumnRef c) {
                r.identifier(c.column().name()); // the stored value, as hydration reads it
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
        r.identifier(s.from().table());
        where(s.where());
    }

    private void where(io.kakaorm.expr.Expr predicate) {
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
