package io.kakaorm.meta;

import java.util.Map;

/** Java type helpers shared by the accessor generator, projections and row mappers. */
public final class JavaTypes {
    private static final Map<Class<?>, Class<?>> BOXES = Map.of(
            int.class, Integer.class,
            long.class, Long.class,
            short.class, Short.class,
            double.class, Double.class,
            float.class, Float.class,
            boolean.class, Boolean.class,
            byte.class, Byte.class,
            char.class, Character.class);

    private JavaTypes() {}

    /** The wrapper class of a primitive type; any other class as it is. */
    public static Class<?> box(Class<?> c) {
        return BOXES.getOrDefault(c, c);
    }
}
