package io.kakaorm;

import io.kakaorm.expr.Binary;
import io.kakaorm.expr.BinaryOp;
import io.kakaorm.expr.ColumnRef;
import io.kakaorm.expr.Expr;
import io.kakaorm.meta.ColumnMeta;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The depth of each row of a recursive {@link Cte}: a breadth-first walk from the anchor rows over the
 * rows read, a child linked to a parent when the key equality of the step holds and the step lambda
 * itself ({@code step.test(child, parent)}, plain Java) says so, so that the links are exactly the step's.
 */
final class TreeLevels<T> {
    private final Cte<T> cte;
    private final ColumnMeta childColumn;
    private final ColumnMeta parentColumn;

    private TreeLevels(Cte<T> cte, ColumnMeta childColumn, ColumnMeta parentColumn) {
        this.cte = cte;
        this.childColumn = childColumn;
        this.parentColumn = parentColumn;
    }

    /** The levels of {@code cte}, whose step's join condition is {@code on} (child source 0, parent source 1). */
    static <T> TreeLevels<T> of(Cte<T> cte, Expr on) {
        Binary eq = keyEquality(on);
        if (eq == null) {
            throw new IllegalStateException("leveled() of '" + cte.name() + "' needs a step that links a child "
                    + "column to a parent column by equality, as (c, parent) -> c.parentId.equals(parent.id)");
        }
        ColumnRef a = (ColumnRef) eq.left();
        ColumnRef b = (ColumnRef) eq.right();
        return a.source() == 0
                ? new TreeLevels<>(
                        cte,
                        cte.model().columnByName(a.column().name()),
                        cte.model().columnByName(b.column().name()))
                : new TreeLevels<>(
                        cte,
                        cte.model().columnByName(b.column().name()),
                        cte.model().columnByName(a.column().name()));
    }

    private static Binary keyEquality(Expr e) {
        if (e instanceof Binary b && b.op() == BinaryOp.AND) {
            Binary left = keyEquality(b.left());
            return left != null ? left : keyEquality(b.right());
        }
        if (e instanceof Binary b
                && b.op() == BinaryOp.EQ
                && b.left() instanceof ColumnRef x
                && b.right() instanceof ColumnRef y
                && x.source() + y.source() == 1) {
            return b;
        }
        return null;
    }

    /** The rows with their depth; {@code rows} pair each row with itself when it is an anchor row, else null. */
    List<Leveled<T>> levels(List<Pair<T, T>> rows) {
        Map<Object, List<T>> childrenByKey = new HashMap<>();
        Map<T, Integer> depth = new IdentityHashMap<>();
        Deque<T> queue = new ArrayDeque<>();
        List<T> order = new ArrayList<>();
        for (Pair<T, T> p : rows) {
            T row = p.first();
            order.add(row);
            Object key = key(childColumn.get(row));
            if (key != null) {
                childrenByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
            }
            if (p.second() != null) {
                depth.put(row, 0);
                queue.add(row);
            }
        }
        while (!queue.isEmpty()) {
            T parent = queue.poll();
            Object key = key(parentColumn.get(parent));
            for (T child : key == null ? List.<T>of() : childrenByKey.getOrDefault(key, List.of())) {
                if (!depth.containsKey(child) && cte.stepLambda().test(child, parent)) {
                    depth.put(child, depth.get(parent) + 1);
                    queue.add(child);
                }
            }
        }
        List<Leveled<T>> out = new ArrayList<>();
        for (T row : order) {
            Integer d = depth.get(row);
            if (d == null) {
                throw new IllegalStateException("a row of '" + cte.name() + "' is linked to no anchor row in Java: "
                        + "the database compared its keys differently (collation or type) — " + row);
            }
            out.add(new Leveled<>(row, d));
        }
        out.sort(Comparator.comparingInt(Leveled::depth)); // stable: primary key order within a level
        return out;
    }

    /** Integral numbers compared by value whatever their boxed type (an Integer key and a Long key). */
    private static Object key(Object v) {
        if (v instanceof Byte || v instanceof Short || v instanceof Integer || v instanceof Long) {
            return ((Number) v).longValue();
        }
        return v;
    }
}
