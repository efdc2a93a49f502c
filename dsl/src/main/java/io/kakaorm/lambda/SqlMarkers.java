package io.kakaorm.lambda;

import io.kakaorm.expr.Between;
import io.kakaorm.expr.Call;
import io.kakaorm.expr.ColumnType;
import io.kakaorm.expr.Expr;
import io.kakaorm.expr.Function;
import io.kakaorm.expr.InList;
import io.kakaorm.expr.InParam;
import io.kakaorm.expr.Like;
import io.kakaorm.expr.Unary;
import io.kakaorm.expr.UnaryOp;
import io.kakaorm.lambda.SymbolicValue.Arr;
import io.kakaorm.lambda.SymbolicValue.Ex;
import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.MethodInsnNode;

/** The {@code io.kakaorm.Sql} marker functions, always translated to SQL (never run in Java). */
final class SqlMarkers {
    private SqlMarkers() {}

    static SymbolicValue translate(DecodeContext ctx, MethodInsnNode m, List<? extends SymbolicValue> v) {
        Type ret = Type.getReturnType(m.desc);
        SymbolicValue window = WindowMarkers.function(ctx, m, v);
        if (window != null) {
            return window;
        }
        switch (m.name) {
            case "like":
            case "ilike":
                return bool(new Like(ctx.expr(v.get(0)), ctx.expr(v.get(1)), m.name.equals("ilike")));
            case "in":
            case "notIn":
                return in(ctx, m, v, m.name.equals("notIn"));
            case "between":
                return bool(new Between(ctx.expr(v.get(0)), ctx.expr(v.get(1)), ctx.expr(v.get(2))));
            case "isNull":
                return bool(new Unary(UnaryOp.IS_NULL, ctx.expr(v.get(0))));
            case "isNotNull":
                return bool(new Unary(UnaryOp.IS_NOT_NULL, ctx.expr(v.get(0))));
            case "coalesce": {
                List<Expr> args = args(ctx, v);
                ColumnType type = args.stream()
                        .map(Expr::type)
                        .filter(t -> t != null)
                        .findFirst()
                        .orElse(null);
                return new Ex(new Call(Function.COALESCE, args, type), ret);
            }
            case "count":
                return new Ex(new Call(Function.COUNT, args(ctx, v), ColumnType.LONG), ret);
            case "countDistinct":
                return new Ex(new Call(Function.COUNT_DISTINCT, List.of(ctx.expr(v.get(0))), ColumnType.LONG), ret);
            case "sum":
            case "avg":
            case "min":
            case "max": {
                Expr x = ctx.expr(v.get(0));
                ColumnType type = JvmTypes.columnType(ret);
                if (type == null || m.name.equals("min") || m.name.equals("max")) {
                    type = x.type();
                }
                return new Ex(new Call(Function.valueOf(m.name.toUpperCase()), List.of(x), type), ret);
            }
            default:
                throw new Reject("Sql." + m.name);
        }
    }

    private static SymbolicValue in(
            DecodeContext ctx, MethodInsnNode m, List<? extends SymbolicValue> v, boolean negated) {
        Expr value = ctx.expr(v.get(0));
        SymbolicValue values = v.get(1);
        Type kind = Type.getArgumentTypes(m.desc)[1];
        if (kind.getSort() == Type.ARRAY) {
            if (DecodeContext.dependsOnRow(values)) {
                if (!(values instanceof Arr)) {
                    throw new Reject("an IN list built from row values");
                }
                List<Expr> items = new ArrayList<>();
                for (SymbolicValue e : ((Arr) values).elements()) {
                    items.add(ctx.expr(e));
                }
                return bool(new InList(value, items, negated));
            }
            Thunk list = new Thunk.AsList(ctx.thunk(values));
            return bool(new InParam(value, ctx.params.slot(list, Type.getObjectType("java/util/List")), negated));
        }
        if (DecodeContext.dependsOnRow(values)) {
            throw new Reject("an IN collection that depends on the row");
        }
        return bool(new InParam(value, ctx.params.slot(ctx.thunk(values), kind), negated));
    }

    private static List<Expr> args(DecodeContext ctx, List<? extends SymbolicValue> v) {
        List<Expr> out = new ArrayList<>();
        for (SymbolicValue a : v) {
            if (a instanceof Arr && DecodeContext.dependsOnRow(a)) {
                for (SymbolicValue e : ((Arr) a).elements()) {
                    out.add(ctx.expr(e));
                }
            } else {
                out.add(ctx.expr(a));
            }
        }
        return out;
    }

    private static SymbolicValue bool(Expr e) {
        return new Ex(e, Type.BOOLEAN_TYPE);
    }
}
