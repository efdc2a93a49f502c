package io.kakaorm.lambda;

import io.kakaorm.expr.ColumnType;
import java.util.Map;
import org.objectweb.asm.Type;

/** JVM type helpers: column types of descriptors, boxing, class loading. */
final class JvmTypes {
    static final Type BOOLEAN_BOX = Type.getObjectType("java/lang/Boolean");
    static final Type STRING = Type.getObjectType("java/lang/String");
    static final Type OBJECT = Type.getObjectType("java/lang/Object");

    private static final Map<String, ColumnType> BY_DESC = Map.ofEntries(
            Map.entry("S", ColumnType.SHORT),
            Map.entry("Ljava/lang/Short;", ColumnType.SHORT),
            Map.entry("B", ColumnType.SHORT),
            Map.entry("Ljava/lang/Byte;", ColumnType.SHORT),
            Map.entry("I", ColumnType.INT),
            Map.entry("Ljava/lang/Integer;", ColumnType.INT),
            Map.entry("J", ColumnType.LONG),
            Map.entry("Ljava/lang/Long;", ColumnType.LONG),
            Map.entry("F", ColumnType.FLOAT),
            Map.entry("Ljava/lang/Float;", ColumnType.FLOAT),
            Map.entry("D", ColumnType.DOUBLE),
            Map.entry("Ljava/lang/Double;", ColumnType.DOUBLE),
            Map.entry("Z", ColumnType.BOOLEAN),
            Map.entry("Ljava/lang/Boolean;", ColumnType.BOOLEAN),
            Map.entry("Ljava/lang/String;", ColumnType.STRING),
            Map.entry("Ljava/math/BigDecimal;", ColumnType.DECIMAL),
            Map.entry("Ljava/time/OffsetDateTime;", ColumnType.OFFSET_DATE_TIME),
            Map.entry("Ljava/time/Instant;", ColumnType.INSTANT),
            Map.entry("Ljava/time/LocalDateTime;", ColumnType.LOCAL_DATE_TIME),
            Map.entry("Ljava/time/LocalDate;", ColumnType.LOCAL_DATE),
            Map.entry("Ljava/time/LocalTime;", ColumnType.LOCAL_TIME),
            Map.entry("Ljava/util/UUID;", ColumnType.UUID),
            Map.entry("[B", ColumnType.BYTES),
            Map.entry("Lio/vertx/core/json/JsonObject;", ColumnType.JSON),
            Map.entry("Lio/vertx/core/json/JsonArray;", ColumnType.JSON));

    private static final Map<String, String> UNBOXED = Map.of(
            "java/lang/Integer",
            "I",
            "java/lang/Long",
            "J",
            "java/lang/Double",
            "D",
            "java/lang/Float",
            "F",
            "java/lang/Short",
            "S",
            "java/lang/Byte",
            "B",
            "java/lang/Boolean",
            "Z",
            "java/lang/Character",
            "C");

    private JvmTypes() {}

    /** The column type of a JVM type, or {@code null} when unknown. */
    static ColumnType columnType(Type type) {
        return type == null ? null : BY_DESC.get(type.getDescriptor());
    }

    static boolean isBoolean(Type type) {
        return type != null && (type.getSort() == Type.BOOLEAN || type.equals(BOOLEAN_BOX));
    }

    /** The primitive descriptor of a box's internal name, or {@code null}. */
    static String unboxed(String internalName) {
        return UNBOXED.get(internalName);
    }

    static boolean isWideningPrimitive(int fromSort, int toSort) {
        int from = rank(fromSort);
        int to = rank(toSort);
        return from > 0 && to > 0 && from <= to;
    }

    private static int rank(int sort) {
        switch (sort) {
            case Type.BYTE:
                return 1;
            case Type.SHORT:
                return 2;
            case Type.INT:
                return 3;
            case Type.LONG:
                return 4;
            case Type.FLOAT:
                return 5;
            case Type.DOUBLE:
                return 6;
            default:
                return 0;
        }
    }

    static Class<?> load(Type type, ClassLoader loader) {
        try {
            switch (type.getSort()) {
                case Type.BOOLEAN:
                    return boolean.class;
                case Type.CHAR:
                    return char.class;
                case Type.BYTE:
                    return byte.class;
                case Type.SHORT:
                    return short.class;
                case Type.INT:
                    return int.class;
                case Type.FLOAT:
                    return float.class;
                case Type.LONG:
                    return long.class;
                case Type.DOUBLE:
                    return double.class;
                case Type.VOID:
                    return void.class;
                case Type.ARRAY:
                    return Class.forName(type.getDescriptor().replace('/', '.'), false, loader);
                default:
                    return Class.forName(type.getClassName(), false, loader);
            }
        } catch (ClassNotFoundException e) {
            throw new Reject("class " + type.getClassName() + " (not visible from the lambda's class loader)");
        }
    }

    /** {@code java.lang.String.startsWith(String)}-style name of a method for messages. */
    static String describe(String owner, String name, String desc) {
        String cls = Type.getObjectType(owner).getClassName();
        StringBuilder sb = new StringBuilder(
                        cls.substring(cls.lastIndexOf('.') + 1).replace('$', '.'))
                .append('.')
                .append(name)
                .append('(');
        Type[] args = Type.getArgumentTypes(desc);
        for (int i = 0; i < args.length; i++) {
            String n = args[i].getClassName();
            sb.append(i > 0 ? ", " : "").append(n.substring(n.lastIndexOf('.') + 1));
        }
        return sb.append(')').toString();
    }
}
