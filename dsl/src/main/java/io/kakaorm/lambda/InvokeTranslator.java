package io.kakaorm.lambda;

import static org.objectweb.asm.Opcodes.INVOKEINTERFACE;
import static org.objectweb.asm.Opcodes.INVOKESTATIC;

import io.kakaorm.expr.Binary;
import io.kakaorm.expr.BinaryOp;
import io.kakaorm.expr.Call;
import io.kakaorm.expr.ColumnRef;
import io.kakaorm.expr.ColumnType;
import io.kakaorm.expr.Expr;
import io.kakaorm.expr.Function;
import io.kakaorm.expr.InParam;
import io.kakaorm.expr.Literal;
import io.kakaorm.expr.MatchKind;
import io.kakaorm.expr.StringMatch;
import io.kakaorm.expr.Unary;
import io.kakaorm.expr.UnaryOp;
import io.kakaorm.lambda.SymbolicValue.Builder;
import io.kakaorm.lambda.SymbolicValue.Cmp;
import io.kakaorm.lambda.SymbolicValue.Ex;
import io.kakaorm.lambda.SymbolicValue.Row;
import io.kakaorm.lambda.SymbolicValue.Th;
import io.kakaorm.meta.ColumnMeta;
import io.kakaorm.meta.ModelMeta;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;

/** Method calls: on row values they become SQL (or a rejection); on Java values they stay thunks. */
final class InvokeTranslator {
    private static final Set<String> TIME = Set.of(
            "java/time/LocalDate",
            "java/time/LocalDateTime",
            "java/time/OffsetDateTime",
            "java/time/Instant",
            "java/time/LocalTime",
            "java/time/ZonedDateTime",
            "java/time/OffsetTime",
            "java/time/chrono/ChronoLocalDate",
            "java/time/chrono/ChronoLocalDateTime",
            "java/time/chrono/ChronoZonedDateTime");

    private final DecodeContext ctx;

    InvokeTranslator(DecodeContext ctx) {
        this.ctx = ctx;
    }

    SymbolicValue invoke(AbstractInsnNode insn, List<? extends SymbolicValue> values) {
        if (insn instanceof InvokeDynamicInsnNode) {
            return StringConcat.indy(ctx, (InvokeDynamicInsnNode) insn, values);
        }
        MethodInsnNode m = (MethodInsnNode) insn;
        if (m.name.equals("<init>")) {
            return null; // the PathExecutor builds the object
        }
        Volatiles.check(m.owner, m.name, m.desc);
        if (m.owner.equals("io/kakaorm/Sql")) {
            return SqlMarkers.translate(ctx, m, values);
        }
        if (m.owner.equals("io/kakaorm/Over")) {
            return WindowMarkers.over(ctx, m, values);
        }
        if (m.owner.equals(CorrelatedMarkers.EXISTS)) {
            return CorrelatedMarkers.translate(ctx, m, values);
        }
        if (m.owner.equals(CorrelatedMarkers.SCALAR)) {
            return CorrelatedMarkers.scalar(ctx, m, values);
        }
        if (m.getOpcode() != INVOKESTATIC && values.get(0) instanceof SymbolicValue.Rel rel) {
            if (m.name.equals("get") && m.desc.equals("()Ljava/lang/Object;")) {
                return RelationPaths.get(rel);
            }
            throw new Reject(
                    m.name + "() of the relation " + RelationPaths.describe(rel),
                    "read a column of the related row with get(): p.author.get().name");
        }
        if (m.getOpcode() != INVOKESTATIC && values.get(0) instanceof Builder) {
            return builderMethod(m, (Builder) values.get(0), values);
        }
        for (SymbolicValue v : values) {
            if (v instanceof SymbolicValue.Construct || v instanceof SymbolicValue.Uninit) {
                throw new Reject(DecodeContext.describe(v));
            }
        }
        Type ret = Type.getReturnType(m.desc);
        boolean rowDependent = values.stream().anyMatch(DecodeContext::dependsOnRow);
        if (!rowDependent) {
            SymbolicValue boxed = boxConstant(m, values);
            if (boxed != null) {
                return boxed;
            }
            if (ret == Type.VOID_TYPE) {
                throw new Reject(
                        "calling " + JvmTypes.describe(m.owner, m.name, m.desc) + ", which returns nothing",
                        "query lambdas must not change state");
            }
            List<Thunk> args = new ArrayList<>();
            for (SymbolicValue v : values) {
                args.add(ctx.thunk(v));
            }
            return new Th(new Thunk.Invoke(m.getOpcode(), m.owner, m.name, m.desc, m.itf, args), ret);
        }
        SymbolicValue receiver = m.getOpcode() == INVOKESTATIC ? null : values.get(0);
        if (receiver instanceof Row) {
            SymbolicValue inlined = RowMethodInliner.inline(ctx, (Row) receiver, m, values);
            return inlined != null ? inlined : rowMethod(m, (Row) receiver);
        }
        SymbolicValue r = m.getOpcode() == INVOKESTATIC
                ? rowStatic(m, values)
                : Derefs.afterCall(ctx, m, values, rowVirtual(m, values, ret));
        if (r == null) {
            r = RowMethodInliner.helper(ctx, m, values);
        }
        if (r == null) {
            throw new Reject(JvmTypes.describe(m.owner, m.name, m.desc), hint(m));
        }
        return r;
    }

    /** {@code Integer.valueOf(5)}, {@code Boolean.valueOf(true)}: stays a constant of the boxed type. */
    private static SymbolicValue boxConstant(MethodInsnNode m, List<? extends SymbolicValue> values) {
        String prim = JvmTypes.unboxed(m.owner);
        if (prim == null
                || !m.name.equals("valueOf")
                || !m.desc.equals("(" + prim + ")L" + m.owner + ";")
                || !(values.get(0) instanceof Th)
                || !(((Th) values.get(0)).thunk() instanceof Thunk.Const)) {
            return null;
        }
        Object v = ((Thunk.Const) ((Th) values.get(0)).thunk()).value();
        return new Th(new Thunk.Const(ThunkCompiler.coerce(v, prim)), Type.getObjectType(m.owner));
    }

    private static String hint(MethodInsnNode m) {
        if (m.name.equals("matches") || m.name.equals("replaceAll")) {
            return "use Sql.like(...) for patterns";
        }
        return "only the operations listed in the README translate to SQL; compute other values outside the lambda";
    }

    private SymbolicValue rowMethod(MethodInsnNode m, Row row) {
        Type ret = Type.getReturnType(m.desc);
        if (Type.getArgumentTypes(m.desc).length == 0) {
            String field = null;
            if (m.name.startsWith("get") && m.name.length() > 3) {
                field = m.name.substring(3);
            } else if (m.name.startsWith("is") && m.name.length() > 2 && JvmTypes.isBoolean(ret)) {
                field = m.name.substring(2);
            }
            if (field != null) {
                ModelMeta<?> meta = ModelMeta.of(row.model());
                ColumnMeta c = meta.columnByField(Character.toLowerCase(field.charAt(0)) + field.substring(1));
                if (c == null) {
                    c = meta.columnByField(field);
                }
                if (c != null) {
                    return new Ex(ctx.field(row, new ColumnRef(c, row.source())), ret);
                }
            }
        }
        throw new Reject(
                JvmTypes.describe(Type.getInternalName(row.model()), m.name, m.desc) + " on the row",
                "only columns (fields) and their getters can be read from the row");
    }

    private SymbolicValue builderMethod(MethodInsnNode m, Builder b, List<? extends SymbolicValue> values) {
        if (m.name.equals("append") && values.size() == 2) {
            List<SymbolicValue> parts = new ArrayList<>(b.parts());
            List<String> descs = new ArrayList<>(b.descs());
            parts.add(values.get(1));
            descs.add(Type.getArgumentTypes(m.desc)[0].getDescriptor());
            return new Builder(parts, descs);
        }
        if (m.name.equals("toString") && values.size() == 1) {
            return StringConcat.of(ctx, b.parts(), b.descs());
        }
        throw new Reject("StringBuilder." + m.name);
    }

    private SymbolicValue rowStatic(MethodInsnNode m, List<? extends SymbolicValue> v) {
        String box = JvmTypes.unboxed(m.owner);
        if (box != null
                && m.name.equals("valueOf")
                && v.size() == 1
                && Type.getArgumentTypes(m.desc)[0].getSort() != Type.OBJECT) {
            return retype(v.get(0), Type.getObjectType(m.owner));
        }
        if (m.owner.equals(DecimalMethods.OWNER)) {
            return DecimalMethods.statik(ctx, m, v);
        }
        if (box != null && m.name.equals("compare") && v.size() == 2) {
            return new Cmp(v.get(0), v.get(1), m.owner.equals("java/lang/Integer") || m.owner.equals("java/lang/Long"));
        }
        switch (m.owner + "." + m.name) {
            case "java/util/Objects.equals":
                return bool(JavaMethods.equality(ctx, v.get(0), v.get(1), true));
            case "java/util/Objects.isNull":
                return bool(new Unary(UnaryOp.IS_NULL, ctx.expr(v.get(0))));
            case "java/util/Objects.nonNull":
                return bool(new Unary(UnaryOp.IS_NOT_NULL, ctx.expr(v.get(0))));
            case "java/lang/String.valueOf":
                if (m.desc.equals("(C)Ljava/lang/String;")
                        && ctx.expr(v.get(0)) instanceof Call c
                        && c.function() == Function.CHAR_AT) {
                    // the one-unit substring: out of range (or half of a pair) it fails as charAt does
                    Expr i = c.args().get(1);
                    return new Ex(
                            new Call(
                                    Function.SUBSTRING16,
                                    List.of(
                                            c.args().get(0),
                                            i,
                                            new Binary(BinaryOp.ADD, i, new Literal(1L, ColumnType.INT))),
                                    ColumnType.STRING),
                            JvmTypes.STRING);
                }
                if (v.size() == 1 && !m.desc.startsWith("([C")) {
                    return StringConcat.of(
                            ctx, List.of(v.get(0)), List.of(Type.getArgumentTypes(m.desc)[0].getDescriptor()));
                }
                return null;
            case "java/util/Optional.ofNullable":
                return retype(v.get(0), Type.getObjectType("java/util/Optional"));
            case "java/lang/Math.abs":
                return new Ex(Numeric.abs(ctx.expr(v.get(0)), m.desc), Type.getReturnType(m.desc));
            default:
                return MathMethods.translate(ctx, m, v);
        }
    }

    private SymbolicValue rowVirtual(MethodInsnNode m, List<? extends SymbolicValue> v, Type ret) {
        SymbolicValue recv = v.get(0);
        if (m.owner.equals("java/util/Optional")) {
            return optional(m, v);
        }
        if (m.owner.equals(DecimalMethods.OWNER)) {
            return DecimalMethods.virtual(ctx, m, v);
        }
        String unboxed = JvmTypes.unboxed(m.owner);
        boolean numberOwner = unboxed != null || m.owner.equals("java/lang/Number");
        if (numberOwner && v.size() == 1 && m.name.endsWith("Value") && ret.getSort() != Type.OBJECT) {
            if (m.owner.equals("java/lang/Boolean") || recv.type() == null) {
                return retype(recv, ret);
            }
            // Java's conversion: exact widening, rounding long to double, truncating or wrapping narrowing
            int op = Numeric.valueConversion(
                    Type.getType(unboxedDesc(recv.type())).getDescriptor(), m.name);
            return op < 0 ? retype(recv, ret) : new Ex(Numeric.convert(op, ctx.expr(recv)), ret);
        }
        boolean string = m.owner.equals("java/lang/String");
        switch (m.name) {
            case "equals":
                if (v.size() != 2) {
                    return null;
                }
                if (m.owner.equals("java/math/BigDecimal")) {
                    throw new Reject(
                            "BigDecimal.equals(Object)",
                            "use compareTo(x) == 0: BigDecimal.equals also compares the scale, SQL does not");
                }
                if (TemporalMethods.isDayOfWeek(recv) || TemporalMethods.isDayOfWeek(v.get(1))) {
                    return bool(new Binary(
                            BinaryOp.EQ,
                            TemporalMethods.dayOfWeekValue(ctx, recv),
                            TemporalMethods.dayOfWeekValue(ctx, v.get(1))));
                }
                return bool(JavaMethods.equality(ctx, recv, v.get(1), false));
            case "compareTo":
                if (v.size() == 2 && JavaMethods.isEnum(ctx, Type.getObjectType(m.owner))) {
                    // enums compare by declaration order, whatever their stored form
                    return new Cmp(
                            new Ex(JavaMethods.ordinal(ctx, recv), Type.INT_TYPE),
                            new Ex(JavaMethods.ordinal(ctx, v.get(1)), Type.INT_TYPE));
                }
                return v.size() == 2 ? new Cmp(recv, v.get(1)) : null;
            case "isBefore":
            case "isAfter":
            case "isEqual":
                if (!TIME.contains(m.owner) || v.size() != 2) {
                    return null;
                }
                BinaryOp op =
                        m.name.equals("isBefore") ? BinaryOp.LT : m.name.equals("isAfter") ? BinaryOp.GT : BinaryOp.EQ;
                return bool(TimeBounds.compare(ctx, op, recv, v.get(1)));
            case "contains":
                if (string) {
                    return match(v, MatchKind.CONTAINS, false);
                }
                return collectionContains(m, v);
            case "containsKey":
                return mapContainsKey(m, v);
            case "get":
            case "getOrDefault":
                if (recv instanceof Th map
                        && !DecodeContext.dependsOnRow(recv)
                        && MapLookups.isMap(ctx, m.owner)
                        && m.desc.startsWith("(Ljava/lang/Object;")) {
                    return MapLookups.lookup(ctx, map, v.get(1), v.size() > 2 ? v.get(2) : null);
                }
                return null;
            case "ordinal":
            case "name":
                if (v.size() == 1
                        && (m.owner.equals("java/lang/Enum") || JavaMethods.isEnum(ctx, Type.getObjectType(m.owner)))) {
                    return m.name.equals("ordinal")
                            ? new Ex(JavaMethods.ordinal(ctx, recv), Type.INT_TYPE)
                            : new Ex(ctx.expr(recv), JvmTypes.STRING); // enums are stored by name
                }
                return null;
            case "getValue":
                return m.owner.equals(TemporalMethods.DAY_OF_WEEK.getInternalName())
                        ? retype(recv, Type.INT_TYPE)
                        : null;
            default:
                if (TIME.contains(m.owner)) {
                    return TemporalMethods.translate(ctx, m, v);
                }
                if (m.owner.equals("java/time/temporal/ChronoUnit")) {
                    return DateMethods.between(ctx, m, v);
                }
                return string ? stringMethod(m, v) : null;
        }
    }

    private SymbolicValue stringMethod(MethodInsnNode m, List<? extends SymbolicValue> v) {
        String sig = m.name + m.desc;
        switch (sig) {
            case "equalsIgnoreCase(Ljava/lang/String;)Z":
                return JavaMethods.equalsIgnoreCase(ctx, v.get(0), v.get(1));
            case "startsWith(Ljava/lang/String;)Z":
                return match(v, MatchKind.PREFIX, false);
            case "endsWith(Ljava/lang/String;)Z":
                return match(v, MatchKind.SUFFIX, false);
            case "toLowerCase()Ljava/lang/String;":
            case "toUpperCase()Ljava/lang/String;":
            case "toLowerCase(Ljava/util/Locale;)Ljava/lang/String;":
            case "toUpperCase(Ljava/util/Locale;)Ljava/lang/String;":
                throw JavaMethods.caseMapping(m.name);
            case "strip()Ljava/lang/String;":
                return JavaMethods.strip(ctx, Function.STRIP, v.get(0));
            case "stripLeading()Ljava/lang/String;":
                return JavaMethods.strip(ctx, Function.STRIP_LEADING, v.get(0));
            case "stripTrailing()Ljava/lang/String;":
                return JavaMethods.strip(ctx, Function.STRIP_TRAILING, v.get(0));
            case "isBlank()Z":
                return JavaMethods.isBlank(ctx, v.get(0));
            case "trim()Ljava/lang/String;":
                return call(Function.TRIM, v.get(0), ColumnType.STRING, JvmTypes.STRING);
            case "length()I":
                return call(Function.LENGTH, v.get(0), ColumnType.INT, Type.INT_TYPE);
            case "isEmpty()Z":
                return bool(new Binary(
                        BinaryOp.EQ,
                        new Call(Function.LENGTH, List.of(ctx.expr(v.get(0))), ColumnType.INT),
                        new Literal(0L, ColumnType.INT)));
            case "concat(Ljava/lang/String;)Ljava/lang/String;":
                return new Ex(new Binary(BinaryOp.CONCAT, ctx.expr(v.get(0)), ctx.expr(v.get(1))), JvmTypes.STRING);
            case "toString()Ljava/lang/String;":
            case "intern()Ljava/lang/String;":
                return v.get(0);
            default:
                return StringMethods.translate(ctx, m, v);
        }
    }

    /** {@code Optional.ofNullable(x)} of a row value: {@code orElse} (COALESCE), {@code isPresent}, {@code isEmpty}. */
    private SymbolicValue optional(MethodInsnNode m, List<? extends SymbolicValue> v) {
        switch (m.name + m.desc) {
            case "orElse(Ljava/lang/Object;)Ljava/lang/Object;":
                return MathMethods.coalesce(ctx, v.get(0), v.get(1), false);
            case "isPresent()Z":
                return bool(new Unary(UnaryOp.IS_NOT_NULL, ctx.expr(v.get(0))));
            case "isEmpty()Z":
                return bool(new Unary(UnaryOp.IS_NULL, ctx.expr(v.get(0))));
            default:
                throw new Reject(
                        "Optional." + m.name + " of a row value",
                        "use Optional.ofNullable(x).orElse(y), isPresent() or isEmpty(), or compare x with null");
        }
    }

    /** {@code map.containsKey(p.x)} of a map captured from the caller: {@code x IN (its keys)}. */
    private SymbolicValue mapContainsKey(MethodInsnNode m, List<? extends SymbolicValue> v) {
        if (!m.desc.equals("(Ljava/lang/Object;)Z")
                || DecodeContext.dependsOnRow(v.get(0))
                || !Map.class.isAssignableFrom(JvmTypes.load(Type.getObjectType(m.owner), ctx.loader))) {
            return null;
        }
        Thunk keys = new Thunk.Invoke(
                INVOKEINTERFACE, "java/util/Map", "keySet", "()Ljava/util/Set;", true, List.of(ctx.thunk(v.get(0))));
        int slot = ctx.params.slot(keys, Type.getObjectType("java/util/Set"));
        return bool(Derefs.nullArgument(ctx, new InParam(ctx.expr(v.get(1)), slot, false), v.get(0), v.get(1)));
    }

    private SymbolicValue collectionContains(MethodInsnNode m, List<? extends SymbolicValue> v) {
        if (!m.desc.equals("(Ljava/lang/Object;)Z") || DecodeContext.dependsOnRow(v.get(0))) {
            return null;
        }
        Class<?> owner = JvmTypes.load(Type.getObjectType(m.owner), ctx.loader);
        if (!Collection.class.isAssignableFrom(owner)) {
            return null;
        }
        if (JvmTypes.columnType(v.get(1).type()) == ColumnType.JSON) {
            throw new Reject(
                    "contains(...) of a JSON column (JsonObject/JsonArray)",
                    "JSON documents have no portable SQL equality; test the column with == null / != null");
        }
        int slot = ctx.params.slot(ctx.thunk(v.get(0)), v.get(0).type());
        return bool(Derefs.nullArgument(ctx, new InParam(ctx.expr(v.get(1)), slot, false), v.get(0), v.get(1)));
    }

    private SymbolicValue match(List<? extends SymbolicValue> v, MatchKind kind, boolean ignoreCase) {
        return bool(new StringMatch(ctx.expr(v.get(0)), ctx.expr(v.get(1)), kind, ignoreCase));
    }

    private SymbolicValue call(Function f, SymbolicValue arg, ColumnType type, Type jvm) {
        return new Ex(new Call(f, List.of(ctx.expr(arg)), type), jvm);
    }

    private static SymbolicValue bool(Expr e) {
        return new Ex(e, Type.BOOLEAN_TYPE);
    }

    private static String unboxedDesc(Type t) {
        if (t.getSort() == Type.OBJECT) {
            String p = JvmTypes.unboxed(t.getInternalName());
            return p == null ? t.getDescriptor() : p;
        }
        return t.getDescriptor();
    }

    private static int unboxedSort(Type t) {
        if (t.getSort() == Type.OBJECT) {
            String p = JvmTypes.unboxed(t.getInternalName());
            return p == null ? Type.OBJECT : Type.getType(p).getSort();
        }
        return t.getSort();
    }

    /** The same value seen as another JVM type (boxing, unboxing, widening). */
    static SymbolicValue retype(SymbolicValue v, Type type) {
        if (v instanceof Ex) {
            return new Ex(((Ex) v).expr(), type);
        }
        if (v instanceof Th) {
            return new Th(((Th) v).thunk(), type);
        }
        return v;
    }
}
