package io.kakaorm.lambda;

import io.kakaorm.expr.ColumnType;
import io.kakaorm.expr.Expr;
import io.kakaorm.expr.Literal;
import io.kakaorm.expr.Window;
import io.kakaorm.expr.WindowFunction;
import io.kakaorm.lambda.SymbolicValue.Arr;
import io.kakaorm.lambda.SymbolicValue.Ex;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.MethodInsnNode;

/**
 * Window functions: {@code Sql.over()} and the {@code io.kakaorm.Over} methods build a
 * {@link SymbolicValue.Over}; a {@code Sql} function whose last argument is one becomes a {@link Window}.
 */
final class WindowMarkers {
    private static final String OVER_DESC = "Lio/kakaorm/Over;)";

    private WindowMarkers() {}

    /** {@code window.partitionBy(keys…)}, {@code orderBy(keys…)}, {@code orderByDesc(keys…)}. */
    static SymbolicValue over(DecodeContext ctx, MethodInsnNode m, List<? extends SymbolicValue> v) {
        if (!(v.get(0) instanceof SymbolicValue.Over o)) {
            throw new Reject(
                    "a window (Over) that is not built inside the lambda", "write Sql.over()... in the lambda");
        }
        List<Expr> keys = keys(ctx, v.get(1));
        switch (m.name) {
            case "partitionBy": {
                List<Expr> p = new ArrayList<>(o.partitionBy());
                p.addAll(keys);
                return new SymbolicValue.Over(p, o.orderBy());
            }
            case "orderBy":
            case "orderByDesc": {
                List<Window.Key> order = new ArrayList<>(o.orderBy());
                for (Expr k : keys) {
                    order.add(new Window.Key(k, m.name.equals("orderByDesc")));
                }
                return new SymbolicValue.Over(o.partitionBy(), order);
            }
            default:
                throw new Reject("Over." + m.name);
        }
    }

    private static List<Expr> keys(DecodeContext ctx, SymbolicValue array) {
        if (!(array instanceof Arr a)) {
            throw new Reject("window keys passed as an array", "list the keys in the call: orderBy(p.a, p.b)");
        }
        List<Expr> out = new ArrayList<>();
        for (SymbolicValue e : a.elements()) {
            out.add(ctx.expr(e));
        }
        return out;
    }

    /** {@code Sql.over()} or a window function call; {@code null} for the other markers. */
    static SymbolicValue function(DecodeContext ctx, MethodInsnNode m, List<? extends SymbolicValue> v) {
        if (m.name.equals("over") && v.isEmpty()) {
            return new SymbolicValue.Over(List.of(), List.of());
        }
        if (v.isEmpty() || !m.desc.contains(OVER_DESC) || !(v.get(v.size() - 1) instanceof SymbolicValue.Over w)) {
            return null;
        }
        Type ret = Type.getReturnType(m.desc);
        List<? extends SymbolicValue> args = v.subList(0, v.size() - 1);
        switch (m.name) {
            case "rowNumber":
                return ranking(WindowFunction.ROW_NUMBER, w, ret);
            case "rank":
                return ranking(WindowFunction.RANK, w, ret);
            case "denseRank":
                return ranking(WindowFunction.DENSE_RANK, w, ret);
            case "lag":
            case "lead": {
                ordered(w, m.name);
                Expr value = ctx.expr(args.get(0));
                List<Expr> a = new ArrayList<>();
                a.add(value);
                if (args.size() == 3) {
                    Integer offset = DecodeContext.intConstant(args.get(1));
                    if (offset == null || offset < 0) {
                        throw new Reject(
                                "a " + m.name + " offset that is not a non-negative constant",
                                "write the offset as a number: " + m.name + "(p.x, 1, 0, over)");
                    }
                    a.add(new Literal((long) offset, ColumnType.LONG));
                    a.add(ctx.expr(args.get(2)));
                }
                WindowFunction f = m.name.equals("lag") ? WindowFunction.LAG : WindowFunction.LEAD;
                return new Ex(new Window(f, a, w.partitionBy(), w.orderBy(), value.type()), ret);
            }
            case "count":
                return new Ex(
                        new Window(
                                WindowFunction.COUNT,
                                args.isEmpty() ? List.of() : List.of(ctx.expr(args.get(0))),
                                w.partitionBy(),
                                w.orderBy(),
                                ColumnType.LONG),
                        ret);
            case "sum":
            case "avg":
            case "min":
            case "max": {
                Expr x = ctx.expr(args.get(0));
                ColumnType type = m.name.equals("avg") ? ColumnType.DOUBLE : JvmTypes.columnType(ret);
                if (type == null || m.name.equals("min") || m.name.equals("max")) {
                    type = x.type();
                }
                return new Ex(
                        new Window(
                                WindowFunction.valueOf(m.name.toUpperCase(Locale.ROOT)),
                                List.of(x),
                                w.partitionBy(),
                                w.orderBy(),
                                type),
                        ret);
            }
            default:
                throw new Reject("Sql." + m.name + " over a window");
        }
    }

    private static SymbolicValue ranking(WindowFunction f, SymbolicValue.Over w, Type ret) {
        ordered(w, f.name());
        return new Ex(new Window(f, List.of(), w.partitionBy(), w.orderBy(), ColumnType.LONG), ret);
    }

    private static void ordered(SymbolicValue.Over w, String what) {
        if (w.orderBy().isEmpty()) {
            throw new Reject(
                    what + " over a window without an order, whose result SQL does not define",
                    "give the window an order: over().orderBy(p.x)");
        }
    }
}
