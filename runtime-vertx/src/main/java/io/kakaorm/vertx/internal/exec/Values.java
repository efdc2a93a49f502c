package io.kakaorm.vertx.internal.exec;

import java.math.BigDecimal;

/** Converts a raw value to the type {@code fetchValue(Class, …)} asks for. */
public final class Values {
    private Values() {}

    public static <V> V convert(Object v, Class<V> type) {
        if (v == null || type.isInstance(v)) {
            return type.cast(v);
        }
        Object out;
        if (v instanceof Number n) {
            if (type == Long.class) {
                out = n.longValue();
            } else if (type == Integer.class) {
                out = n.intValue();
            } else if (type == Double.class) {
                out = n.doubleValue();
            } else if (type == Short.class) {
                out = n.shortValue();
            } else if (type == Float.class) {
                out = n.floatValue();
            } else if (type == BigDecimal.class) {
                out = new BigDecimal(n.toString());
            } else if (type == Boolean.class) {
                out = n.longValue() != 0;
            } else if (type == String.class) {
                out = n.toString();
            } else {
                throw cannot(v, type);
            }
        } else if (type == String.class) {
            out = v.toString();
        } else if (v instanceof String s && type == BigDecimal.class) {
            out = new BigDecimal(s);
        } else if (v instanceof String s && type == Long.class) {
            out = Long.valueOf(s);
        } else {
            throw cannot(v, type);
        }
        return type.cast(out);
    }

    private static IllegalArgumentException cannot(Object v, Class<?> type) {
        return new IllegalArgumentException(
                "Cannot convert " + v.getClass().getSimpleName() + " value " + v + " to " + type.getSimpleName());
    }
}
