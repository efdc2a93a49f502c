package io.kakaorm.lambda;

import static org.objectweb.asm.Opcodes.ARRAYLENGTH;
import static org.objectweb.asm.Opcodes.INVOKESTATIC;

import io.kakaorm.expr.Binary;
import io.kakaorm.expr.BinaryOp;
import io.kakaorm.expr.Call;
import io.kakaorm.expr.CaseWhen;
import io.kakaorm.expr.ColumnRef;
import io.kakaorm.expr.ColumnType;
import io.kakaorm.expr.Expr;
import io.kakaorm.expr.Function;
import io.kakaorm.expr.Literal;
import io.kakaorm.expr.Param;
import io.kakaorm.expr.ScalarSubquery;
import io.kakaorm.expr.Unary;
import io.kakaorm.expr.UnaryOp;
import io.kakaorm.lambda.SymbolicValue.Cmp;
import io.kakaorm.lambda.SymbolicValue.Ex;
import io.kakaorm.lambda.SymbolicValue.Th;
import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.MethodInsnNode;

/**
 * Marks, in a filter lambda, each place where Java dereferences a value that may be {@code null}: unboxing
 * ({@code r.ni > 3}), a method called on it or given it ({@code r.ns.trim()}, {@code r.s.startsWith(c)}),
 * a field of a row that a join may not have found ({@code (p, a) -> a.name}). The mark is a
 * {@link Function#DEREF} node holding the value and the predicate under which Java does not throw there;
 * {@link NullGuard} turns the marks into guards that follow Java's evaluation order.
 */
final class Derefs {
    private Derefs() {}

    /** {@code value}, read by dereferencing {@code checked} (which must not be NULL). */
    static Expr mark(Expr value, Expr checked) {
        return marked(value, present(checked));
    }

    /** {@code value}, read where {@code ok} holds (Java throws NullPointerException elsewhere). */
    static Expr marked(Expr value, Expr ok) {
        return new Call(Function.DEREF, List.of(value, ok), value.type());
    }

    static Expr present(Expr checked) {
        return new Call(Function.PRESENT, List.of(checked), ColumnType.BOOLEAN);
    }

    /**
     * The result of the instance method {@code m} over row values, marked with the dereferences Java makes
     * calling it: of the receiver, and of the arguments of methods that throw on a null one.
     */
    static SymbolicValue afterCall(
            DecodeContext ctx, MethodInsnNode m, List<? extends SymbolicValue> values, SymbolicValue result) {
        if (!ctx.filter || result == null || m.owner.equals("java/util/Optional")) {
            return result;
        }
        List<SymbolicValue> checked = new ArrayList<>();
        if (values.get(0) instanceof Ex || valueType(m.owner)) { // a captured collection or map is the caller's
            checked.add(values.get(0));
        }
        if (argsDereferenced(m)) {
            checked.addAll(values.subList(1, values.size()));
        }
        Expr ok = null;
        for (SymbolicValue v : checked) {
            if (mayBeNull(v)) {
                Expr g = present(ctx.expr(v));
                ok = ok == null ? g : new Binary(BinaryOp.AND, ok, g);
            }
        }
        if (ok == null) {
            return result;
        }
        if (result instanceof Ex e) {
            return new Ex(marked(e.expr(), ok), e.type());
        }
        if (result instanceof Cmp c) {
            if (c.left() instanceof Ex l) {
                return new Cmp(new Ex(marked(l.expr(), ok), l.type()), c.right(), c.sign());
            }
            if (c.right() instanceof Ex r) {
                return new Cmp(c.left(), new Ex(marked(r.expr(), ok), r.type()), c.sign());
            }
        }
        return result;
    }

    /** Whether {@code owner} is a value class whose methods the decoder translates (not a collection). */
    private static boolean valueType(String owner) {
        return owner.equals("java/lang/String")
                || owner.equals("java/math/BigDecimal")
                || owner.startsWith("java/time/")
                || JvmTypes.unboxed(owner) != null;
    }

    /**
     * {@code c.contains(arg)} / {@code containsKey(arg)} ({@code in}) of a captured collection or map: with a
     * null {@code arg} it throws for the JDK's immutable ones ({@code List.of}, {@code Set.of}, {@code Map.of}).
     */
    static Expr nullArgument(DecodeContext ctx, Expr in, SymbolicValue collection, SymbolicValue arg) {
        if (!ctx.filter || !mayBeNull(arg)) {
            return in;
        }
        Thunk takesNull = new Thunk.Invoke(
                INVOKESTATIC,
                "io/kakaorm/lambda/MapLookups",
                "acceptsNull",
                "(Ljava/lang/Object;)Z",
                false,
                List.of(ctx.thunk(collection)));
        Expr ok = new Binary(BinaryOp.OR, present(ctx.expr(arg)), ctx.params.param(takesNull, Type.BOOLEAN_TYPE));
        return marked(in, ok);
    }

    private static boolean argsDereferenced(MethodInsnNode m) {
        String name = m.name;
        if (name.equals("equals") || name.equals("equalsIgnoreCase") || name.equals("contentEquals")) {
            return false; // a null argument is unequal
        }
        return name.equals("compareTo")
                || name.equals("compareToIgnoreCase")
                || m.owner.equals("java/lang/String")
                || m.owner.equals("java/math/BigDecimal")
                || m.owner.startsWith("java/time/");
    }

    /** Whether {@code v} (an object) may be null where Java dereferences it. */
    static boolean mayBeNull(SymbolicValue v) {
        Type t = v.type();
        if (t != null && t.getSort() != Type.OBJECT) {
            return false; // a primitive: its own unboxing, if any, is marked already
        }
        if (v instanceof Ex e) {
            return !(e.expr() instanceof Call c && c.function() == Function.MAP_GET) && mayBeNull(e.expr());
        }
        if (v instanceof Th th) {
            Thunk k = th.thunk();
            return !(k instanceof Thunk.Const c && c.value() != null
                    || k instanceof Thunk.NewObject
                    || k instanceof Thunk.Concat
                    || k instanceof Thunk.GetStatic);
        }
        return false;
    }

    /** Whether a primitive bind value may be NULL because computing it threw ({@code c.intValue()} of a null c). */
    static boolean mayThrow(Th t) {
        Type type = t.type();
        return type != null && type.getSort() != Type.OBJECT && type.getSort() != Type.ARRAY && derefs(t.thunk());
    }

    private static boolean derefs(Thunk k) {
        if (k instanceof Thunk.Invoke i) {
            return i.opcode() != INVOKESTATIC || i.args().stream().anyMatch(Derefs::derefs);
        }
        if (k instanceof Thunk.GetField || k instanceof Thunk.ArrayLoad) {
            return true;
        }
        if (k instanceof Thunk.Unary u) {
            return u.opcode() == ARRAYLENGTH || derefs(u.operand());
        }
        if (k instanceof Thunk.Binary b) {
            return derefs(b.left()) || derefs(b.right());
        }
        if (k instanceof Thunk.CheckCast c) {
            return derefs(c.operand());
        }
        if (k instanceof Thunk.Coerce c) {
            return derefs(c.operand());
        }
        return false;
    }

    /**
     * Whether {@code e} may be NULL, as far as the decoder knows (a bind value may be; the renderer knows
     * better and leaves out a guard of what is not NULL).
     */
    static boolean mayBeNull(Expr e) {
        if (e instanceof ColumnRef c) {
            return c.column().nullable();
        }
        if (e instanceof Param) {
            return true;
        }
        if (e instanceof Literal l) {
            return l.value() == null;
        }
        if (e instanceof ScalarSubquery s) {
            return s.nullable();
        }
        if (e instanceof Unary u) {
            return (u.op() == UnaryOp.NEGATE || u.op() == UnaryOp.NOT) && mayBeNull(u.operand());
        }
        if (e instanceof Binary b) {
            return b.op() != BinaryOp.CONCAT && (mayBeNull(b.left()) || mayBeNull(b.right()));
        }
        if (e instanceof CaseWhen c) {
            for (CaseWhen.When w : c.whens()) {
                if (mayBeNull(w.result())) {
                    return true;
                }
            }
            return mayBeNull(c.otherwise());
        }
        if (e instanceof Call c) {
            switch (c.function()) {
                case DEREF:
                    // a row's field is the column's value; what a method returns on non-null values is not null
                    return c.args().get(0) instanceof ColumnRef col
                            && col.column().nullable();
                case PRESENT:
                case COUNT:
                case COUNT_DISTINCT:
                    return false;
                case COALESCE:
                    return c.args().stream().allMatch(Derefs::mayBeNull);
                default:
                    return c.function().isAggregate()
                            || c.function() == Function.MAP_GET
                            || c.args().stream().anyMatch(Derefs::mayBeNull);
            }
        }
        return false;
    }
}
