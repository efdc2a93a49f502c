package io.kakaorm.lambda;

import static org.objectweb.asm.Opcodes.INVOKESTATIC;

import io.kakaorm.expr.Binary;
import io.kakaorm.expr.BinaryOp;
import io.kakaorm.expr.Call;
import io.kakaorm.expr.Expr;
import io.kakaorm.expr.Function;
import io.kakaorm.expr.InParam;
import io.kakaorm.expr.Literal;
import io.kakaorm.expr.Param;
import io.kakaorm.lambda.SymbolicValue.Ex;
import io.kakaorm.lambda.SymbolicValue.Th;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.objectweb.asm.Type;

/**
 * {@code map.get(p.x)} and {@code map.getOrDefault(p.x, d)} of a map captured from the caller, compared
 * with a row-independent value: per query, Java computes the keys whose value satisfies the comparison, and
 * the SQL is {@code x IN (those keys)} (plus {@code x NOT IN (all keys)} when the default satisfies it).
 * Java's own comparison decides ({@code equals} across boxed classes, numeric promotion), and a key absent
 * from the map is never selected by {@code get} (Java throws NullPointerException when unboxing or calling
 * a method on its null). Any other use of the looked-up value is refused. Public for the reflective thunks.
 */
public final class MapLookups {
    /** How the looked-up value is compared: as numbers, by {@code compareTo}, by {@code equals}. */
    static final int NUMERIC = 0;

    static final int COMPARABLE = 1;
    static final int EQUALS = 2;
    static final int OBJECTS_EQUALS = 3;

    private MapLookups() {}

    /** {@code map.get(key)} / {@code getOrDefault(key, d)}; {@code dflt} null for {@code get}. */
    static SymbolicValue lookup(DecodeContext ctx, Th map, SymbolicValue key, SymbolicValue dflt) {
        if (dflt != null && DecodeContext.dependsOnRow(dflt)) {
            throw new Reject(
                    "map.getOrDefault with a default that depends on the row",
                    "give a default computed outside the row (a captured value or a constant)");
        }
        ctx.mapLookups = true;
        Expr dfltExpr = dflt == null ? Literal.NULL : ctx.expr(dflt);
        return new Ex(
                new Call(Function.MAP_GET, List.of(ctx.expr(key), ctx.expr(map), dfltExpr), null), JvmTypes.OBJECT);
    }

    /** {@code a op b} when one side is a map lookup and the other a Java value; else {@code null}. */
    static Expr compare(DecodeContext ctx, BinaryOp op, SymbolicValue a, SymbolicValue b, int mode) {
        if (isLookup(a) && b instanceof Th t) {
            return in(ctx, op, (Call) ((Ex) a).expr(), t, mode);
        }
        if (isLookup(b) && a instanceof Th t) {
            return in(ctx, flip(op), (Call) ((Ex) b).expr(), t, mode);
        }
        return null;
    }

    /** {@code map.get(p.x) == null} ({@code isNull}) or {@code != null}; {@code null} when {@code v} is no lookup. */
    static Expr isNull(DecodeContext ctx, SymbolicValue v, boolean isNull) {
        if (!isLookup(v)) {
            return null;
        }
        return in(
                ctx,
                isNull ? BinaryOp.EQ : BinaryOp.NE,
                (Call) ((Ex) v).expr(),
                new Th(new Thunk.Const(null), JvmTypes.OBJECT),
                OBJECTS_EQUALS);
    }

    /** Whether {@code v} (of a JVM type) is compared as a number. */
    static int modeOf(SymbolicValue a, SymbolicValue b) {
        return isPrimitive(a.type()) || isPrimitive(b.type()) ? NUMERIC : COMPARABLE;
    }

    private static boolean isPrimitive(Type t) {
        return t != null && t.getSort() != Type.OBJECT && t.getSort() != Type.ARRAY;
    }

    private static boolean isLookup(SymbolicValue v) {
        return v instanceof Ex e && e.expr() instanceof Call c && c.function() == Function.MAP_GET;
    }

    private static BinaryOp flip(BinaryOp op) {
        return switch (op) {
            case LT -> BinaryOp.GT;
            case LE -> BinaryOp.GE;
            case GT -> BinaryOp.LT;
            case GE -> BinaryOp.LE;
            default -> op;
        };
    }

    private static Expr in(DecodeContext ctx, BinaryOp op, Call lookup, Th value, int mode) {
        Expr key = lookup.args().get(0);
        Thunk map = ctx.params.entry(((Param) lookup.args().get(1)).slot()).thunk();
        Expr d = lookup.args().get(2);
        Thunk dflt = d instanceof Param p ? ctx.params.entry(p.slot()).thunk() : null;
        if (dflt == null && mode == OBJECTS_EQUALS) {
            dflt = new Thunk.Const(null); // Objects.equals(map.get(absent), c) is c == null
        }
        List<Thunk> args = List.of(map, new Thunk.Const(op.name()), value.thunk(), new Thunk.Const(mode));
        Thunk keys = new Thunk.Invoke(
                INVOKESTATIC,
                "io/kakaorm/lambda/MapLookups",
                "keysWhere",
                "(Ljava/util/Map;Ljava/lang/String;Ljava/lang/Object;I)Ljava/util/Set;",
                false,
                args);
        Type set = Type.getObjectType("java/util/Set");
        Expr matching = new InParam(key, ctx.params.slot(keys, set), false);
        Expr ok = null;
        if (ctx.filter && mode != OBJECTS_EQUALS) { // Java unboxes or calls a method on the value looked up
            Thunk nonNull = new Thunk.Invoke(
                    INVOKESTATIC,
                    "io/kakaorm/lambda/MapLookups",
                    "nonNullKeys",
                    "(Ljava/util/Map;)Ljava/util/Set;",
                    false,
                    List.of(map));
            ok = new InParam(key, ctx.params.slot(nonNull, set), false);
        }
        if (dflt == null) {
            return ok == null ? matching : Derefs.marked(matching, ok);
        }
        Thunk defaultHolds = new Thunk.Invoke(
                INVOKESTATIC,
                "io/kakaorm/lambda/MapLookups",
                "holds",
                "(Ljava/lang/Object;Ljava/lang/String;Ljava/lang/Object;I)Z",
                false,
                List.of(dflt, new Thunk.Const(op.name()), value.thunk(), new Thunk.Const(mode)));
        Thunk allKeys = new Thunk.Invoke(
                INVOKESTATIC,
                "io/kakaorm/lambda/MapLookups",
                "keys",
                "(Ljava/util/Map;)Ljava/util/Set;",
                false,
                List.of(map));
        Expr absent = new Binary(
                BinaryOp.AND,
                ctx.params.param(defaultHolds, Type.BOOLEAN_TYPE),
                new InParam(key, ctx.params.slot(allKeys, set), true));
        Expr out = new Binary(BinaryOp.OR, matching, absent);
        if (ok == null) {
            return out;
        }
        Thunk dfltPresent = new Thunk.Invoke(
                INVOKESTATIC, "java/util/Objects", "nonNull", "(Ljava/lang/Object;)Z", false, List.of(dflt));
        ok = new Binary(
                BinaryOp.OR,
                ok,
                new Binary(
                        BinaryOp.AND,
                        ctx.params.param(dfltPresent, Type.BOOLEAN_TYPE),
                        new InParam(key, ctx.params.slot(allKeys, set), true)));
        return Derefs.marked(out, ok);
    }

    /** Whether {@code contains(null)} (a map's {@code containsKey(null)}) answers rather than throws. */
    public static boolean acceptsNull(Object collection) {
        try {
            if (collection instanceof Map<?, ?> m) {
                m.containsKey(null);
            } else if (collection instanceof Collection<?> c) {
                c.contains(null);
            }
            return true;
        } catch (NullPointerException e) {
            return false;
        }
    }

    /** The keys of {@code map} whose value is not null (a lookup of the others throws when it is used). */
    public static Set<Object> nonNullKeys(Map<?, ?> map) {
        Set<Object> out = new HashSet<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (e.getValue() != null) {
                out.add(e.getKey());
            }
        }
        return out;
    }

    /** Refuses a lookup used other than in a comparison with a Java value. */
    static void checkConsumed(DecodeContext ctx, Expr translated) {
        if (ctx.mapLookups && translated.toString().contains("function=MAP_GET")) {
            throw new Reject(
                    "map.get(...) of a row value used other than compared with a value",
                    "compare it: map.get(p.x) == 3, map.get(p.x).equals(v), map.getOrDefault(p.x, 0) > 2");
        }
    }

    /** The keys of {@code map} (a copy; {@code null} stays a key). */
    public static Set<Object> keys(Map<?, ?> map) {
        return new HashSet<>(map.keySet());
    }

    /** The keys whose value {@code v} satisfies {@code v op c} as Java computes it. */
    public static Set<Object> keysWhere(Map<?, ?> map, String op, Object c, int mode) {
        Set<Object> out = new HashSet<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if ((e.getValue() != null || mode == OBJECTS_EQUALS) && holds(e.getValue(), op, c, mode)) {
                out.add(e.getKey());
            }
        }
        return out;
    }

    /** Whether {@code v op c} holds; a null (Java would throw) never does. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static boolean holds(Object v, String op, Object c, int mode) {
        BinaryOp o = BinaryOp.valueOf(op);
        if (mode == OBJECTS_EQUALS) {
            return Objects.equals(v, c) == (o == BinaryOp.EQ);
        }
        if (v == null) {
            return false;
        }
        int cmp;
        if (mode == EQUALS) {
            boolean eq = v.equals(c);
            return o == BinaryOp.EQ ? eq : o == BinaryOp.NE && !eq;
        } else if (mode == NUMERIC) {
            if (c == null) {
                return false;
            }
            Number a = v instanceof Character ch ? (int) ch : (Number) v;
            Number b = c instanceof Character ch ? (int) ch : (Number) c;
            boolean floating = a instanceof Double || a instanceof Float || b instanceof Double || b instanceof Float;
            if (floating) {
                double x = a.doubleValue();
                double y = b.doubleValue();
                if (Double.isNaN(x) || Double.isNaN(y)) {
                    return o == BinaryOp.NE;
                }
                cmp = Double.compare(x == 0.0 ? 0.0 : x, y == 0.0 ? 0.0 : y);
            } else {
                cmp = Long.compare(a.longValue(), b.longValue());
            }
        } else {
            if (c == null) {
                return false;
            }
            cmp = ((Comparable) v).compareTo(c);
        }
        return switch (o) {
            case EQ -> cmp == 0;
            case NE -> cmp != 0;
            case LT -> cmp < 0;
            case LE -> cmp <= 0;
            case GT -> cmp > 0;
            case GE -> cmp >= 0;
            default -> false;
        };
    }

    static boolean isMap(DecodeContext ctx, String owner) {
        return Map.class.isAssignableFrom(JvmTypes.load(Type.getObjectType(owner), ctx.loader));
    }
}
