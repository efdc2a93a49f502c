package io.kakaorm.lambda;

import io.kakaorm.expr.Binary;
import io.kakaorm.expr.BinaryOp;
import io.kakaorm.expr.CaseWhen;
import io.kakaorm.expr.ColumnType;
import io.kakaorm.expr.Expr;
import io.kakaorm.expr.Function;
import io.kakaorm.expr.Literal;
import io.kakaorm.expr.MatchKind;
import io.kakaorm.expr.StringMatch;
import io.kakaorm.expr.Unary;
import io.kakaorm.expr.UnaryOp;
import io.kakaorm.lambda.SymbolicValue.Ex;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Methods on row values whose Java meaning needs care: {@code equals} across boxed types, case-insensitive
 * comparison, Unicode whitespace, enum declaration order, and the date/time getters and arithmetic.
 */
final class JavaMethods {
    private static final Map<String, String> BOXES = Map.of(
            "java/lang/Integer",
            "Integer",
            "java/lang/Long",
            "Long",
            "java/lang/Short",
            "Short",
            "java/lang/Byte",
            "Byte",
            "java/lang/Double",
            "Double",
            "java/lang/Float",
            "Float",
            "java/lang/Boolean",
            "Boolean",
            "java/lang/Character",
            "Character",
            "java/lang/String",
            "String",
            "java/math/BigDecimal",
            "BigDecimal");

    private JavaMethods() {}

    /**
     * {@code a.equals(b)} or {@code Objects.equals(a, b)}: values of two different boxed classes are never
     * equal in Java ({@code Integer.valueOf(1).equals(1L)} is false), whatever SQL would say of the numbers.
     */
    static Expr equality(DecodeContext ctx, SymbolicValue a, SymbolicValue b, boolean objectsEquals) {
        Expr lookup = MapLookups.compare(
                ctx, BinaryOp.EQ, a, b, objectsEquals ? MapLookups.OBJECTS_EQUALS : MapLookups.EQUALS);
        if (lookup != null) {
            return lookup;
        }
        if (JvmTypes.columnType(a.type()) == ColumnType.JSON || JvmTypes.columnType(b.type()) == ColumnType.JSON) {
            throw new Reject(
                    "equals on a JSON column (JsonObject/JsonArray)",
                    "JSON documents have no portable SQL equality (jsonb ignores key order and spacing, MariaDB and"
                            + " SQLite compare the text); test the column with == null / != null, or compare in Java");
        }
        String ka = kind(a.type());
        String kb = kind(b.type());
        if (ka != null && kb != null && !ka.equals(kb)) {
            Expr bothNull = new Binary(
                    BinaryOp.AND, new Unary(UnaryOp.IS_NULL, ctx.expr(a)), new Unary(UnaryOp.IS_NULL, ctx.expr(b)));
            return objectsEquals ? bothNull : Literal.FALSE;
        }
        String k = ka != null ? ka : kb;
        if ("BigDecimal".equals(k)) {
            throw new Reject(
                    (objectsEquals ? "Objects.equals" : "BigDecimal.equals") + " of BigDecimal values",
                    "use compareTo(x) == 0: BigDecimal.equals also compares the scale (2.0 is not 2.00), SQL does not");
        }
        if ("Double".equals(k) || "Float".equals(k)) {
            throw new Reject(
                    k + ".equals / Objects.equals on a row value",
                    "compare with == (and != null): " + k + ".equals tells 0.0 from -0.0, which SQL does not");
        }
        if (k != null
                && !k.equals("String")
                && (ka == null || kb == null)
                && (isObject(a.type()) || isObject(b.type()))) {
            throw new Reject(
                    "equals between a " + k + " and a value of unknown class",
                    "give the value its own type (a " + k + "): equals of two classes is false in Java");
        }
        return TimeBounds.compare(ctx, BinaryOp.EQ, a, b);
    }

    private static boolean isObject(Type t) {
        return t == null || t.equals(JvmTypes.OBJECT) || t.getInternalName().equals("java/lang/Number");
    }

    /** The boxed (or String/BigDecimal) class of a JVM type, primitives as their box; {@code null} otherwise. */
    private static String kind(Type t) {
        if (t == null) {
            return null;
        }
        switch (t.getSort()) {
            case Type.INT:
                return "Integer";
            case Type.LONG:
                return "Long";
            case Type.DOUBLE:
                return "Double";
            case Type.FLOAT:
                return "Float";
            case Type.SHORT:
                return "Short";
            case Type.BYTE:
                return "Byte";
            case Type.BOOLEAN:
                return "Boolean";
            case Type.CHAR:
                return "Character";
            case Type.OBJECT:
                return BOXES.get(t.getInternalName());
            default:
                return null;
        }
    }

    /**
     * {@code a.equalsIgnoreCase(b)}: Java folds case per character with {@code Character.toUpperCase}/
     * {@code toLowerCase} over all of Unicode. Translated when one side is a Java value (the dialect
     * matches per character class); two row values are refused.
     */
    static SymbolicValue equalsIgnoreCase(DecodeContext ctx, SymbolicValue recv, SymbolicValue arg) {
        boolean recvRow = DecodeContext.dependsOnRow(recv);
        boolean argRow = DecodeContext.dependsOnRow(arg);
        if (recvRow && argRow) {
            throw new Reject(
                    "String.equalsIgnoreCase between two row values",
                    "compare with a Java value (p.name.equalsIgnoreCase(input)): Java's Unicode case folding of two"
                            + " columns has no SQL equivalent");
        }
        SymbolicValue row = recvRow ? recv : arg;
        SymbolicValue value = recvRow ? arg : recv;
        return new Ex(new StringMatch(ctx.expr(row), ctx.expr(value), MatchKind.EQUALS, true), Type.BOOLEAN_TYPE);
    }

    static Reject caseMapping(String name) {
        return new Reject(
                "String." + name + "() of a row value",
                "Java maps case by Unicode rules in the JVM's locale (ß → SS, the Turkish i, final sigma) that no"
                        + " database reproduces; use equalsIgnoreCase(value), or Sql.ilike(p.x, pattern) for the"
                        + " database's own case-insensitive match");
    }

    // ---- enums ----

    /** The declaration index of an enum value: a CASE over the constants' names (enums are stored by name). */
    static Expr ordinal(DecodeContext ctx, SymbolicValue v) {
        if (!DecodeContext.dependsOnRow(v)) {
            Thunk t = new Thunk.Invoke(
                    Opcodes.INVOKEVIRTUAL, "java/lang/Enum", "ordinal", "()I", false, List.of(ctx.thunk(v)));
            return ctx.params.param(t, Type.INT_TYPE);
        }
        Class<?> type = JvmTypes.load(v.type(), ctx.loader);
        Object[] constants = type.getEnumConstants();
        if (constants == null) {
            throw new Reject("ordinal() of a " + type.getSimpleName() + " of unknown enum class");
        }
        Expr x = ctx.expr(v);
        List<CaseWhen.When> whens = new ArrayList<>();
        for (Object c : constants) {
            Expr name = ctx.params.param(new Thunk.Const(((Enum<?>) c).name()), JvmTypes.STRING);
            whens.add(new CaseWhen.When(
                    new Binary(BinaryOp.EQ, x, name), new Literal((long) ((Enum<?>) c).ordinal(), ColumnType.INT)));
        }
        return new CaseWhen(whens, Literal.NULL);
    }

    static boolean isEnum(DecodeContext ctx, Type t) {
        if (t == null || t.getSort() != Type.OBJECT || t.getInternalName().startsWith("java/lang/")) {
            return false;
        }
        try {
            return JvmTypes.load(t, ctx.loader).isEnum();
        } catch (Reject e) {
            return false;
        }
    }

    // ---- strings ----

    static SymbolicValue strip(DecodeContext ctx, Function f, SymbolicValue v) {
        return new Ex(Numeric.call(f, ColumnType.STRING, ctx.expr(v)), JvmTypes.STRING);
    }

    static SymbolicValue isBlank(DecodeContext ctx, SymbolicValue v) {
        Expr stripped = Numeric.call(Function.STRIP, ColumnType.STRING, ctx.expr(v));
        return new Ex(
                new Binary(
                        BinaryOp.EQ,
                        Numeric.call(Function.LENGTH, ColumnType.INT, stripped),
                        new Literal(0L, ColumnType.INT)),
                Type.BOOLEAN_TYPE);
    }
}
