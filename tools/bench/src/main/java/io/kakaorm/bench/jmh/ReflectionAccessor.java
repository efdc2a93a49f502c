package io.kakaorm.bench.jmh;

import io.kakaorm.meta.FieldAccessor;
import java.lang.reflect.Field;

/** Plain {@link Field#get}/{@link Field#set}: the baseline the runtime must not use on the hot path. */
record ReflectionAccessor(Field field) implements FieldAccessor {
    ReflectionAccessor {
        field.setAccessible(true);
    }

    @Override
    public Object get(Object target) {
        try {
            return field.get(target);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void set(Object target, Object value) {
        try {
            field.set(target, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
