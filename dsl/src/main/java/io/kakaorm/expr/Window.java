package io.kakaorm.expr;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * {@code function(args) OVER (PARTITION BY … ORDER BY …)}: a window function, valid only in a select
 * list. An aggregate with ORDER BY covers the rows from the partition's start to the current row and its
 * peers (SQL's default frame); without ORDER BY, the whole partition.
 *
 * @param function    the function
 * @param args        its arguments: the value (LAG/LEAD/SUM/…), then for LAG/LEAD the offset (a
 *                    {@link Literal}) and the default
 * @param partitionBy PARTITION BY keys
 * @param orderBy     ORDER BY keys of the window
 * @param type        the result type
 */
public record Window(
        WindowFunction function, List<Expr> args, List<Expr> partitionBy, List<Key> orderBy, ColumnType type)
        implements Expr {

    /** One ORDER BY key of a window. */
    public record Key(Expr expr, boolean descending) {}

    public Window {
        args = List.copyOf(args);
        partitionBy = List.copyOf(partitionBy);
        orderBy = List.copyOf(orderBy);
    }

    @Override
    public <R> R accept(ExprVisitor<R> v) {
        return v.window(this);
    }

    /** Every sub-expression in order: arguments, partition keys, order keys. */
    public List<Expr> parts() {
        List<Expr> out = new ArrayList<>(args);
        out.addAll(partitionBy);
        for (Key k : orderBy) {
            out.add(k.expr());
        }
        return out;
    }

    /** This window with every sub-expression replaced by {@code f} of it, in {@link #parts()} order. */
    public Window map(UnaryOperator<Expr> f) {
        List<Expr> a = new ArrayList<>();
        for (Expr e : args) {
            a.add(f.apply(e));
        }
        List<Expr> p = new ArrayList<>();
        for (Expr e : partitionBy) {
            p.add(f.apply(e));
        }
        List<Key> o = new ArrayList<>();
        for (Key k : orderBy) {
            o.add(new Key(f.apply(k.expr()), k.descending()));
        }
        return new Window(function, a, p, o, type);
    }
}
