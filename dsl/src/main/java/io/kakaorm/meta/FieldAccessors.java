package io.kakaorm.meta;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;

/**
 * Builds {@link FieldAccessor}s from {@link MethodHandle}s typed {@code (Object)Object} and
 * {@code (Object,Object)void}. A handle held in a final field and called with {@code invokeExact} is
 * inlined by the JIT much like a direct field access; BENCHMARKS.md has the measurement against
 * reflection.
 */
public final class FieldAccessors {
    private FieldAccessors() {}

    /** An accessor for {@code field}, which may be public or (in an open module) private. */
    public static FieldAccessor of(Field field) {
        try {
            MethodHandles.Lookup lookup = lookupFor(field);
            MethodHandle getter =
                    lookup.unreflectGetter(field).asType(MethodType.methodType(Object.class, Object.class));
            MethodHandle setter =
                    lookup.unreflectSetter(field).asType(MethodType.methodType(void.class, Object.class, Object.class));
            return new HandleAccessor(getter, setter, field.getType().isPrimitive());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot access " + field + ": " + e.getMessage(), e);
        }
    }

    private static MethodHandles.Lookup lookupFor(Field field) throws IllegalAccessException {
        try {
            return MethodHandles.privateLookupIn(field.getDeclaringClass(), MethodHandles.lookup());
        } catch (IllegalAccessException e) {
            field.setAccessible(true);
            return MethodHandles.lookup();
        }
    }

    private static final class HandleAccessor implements FieldAccessor {
        private final MethodHandle getter;
        private final MethodHandle setter;
        private final boolean primitive;

        HandleAccessor(MethodHandle getter, MethodHandle setter, boolean primitive) {
            this.getter = getter;
            this.setter = setter;
            this.primitive = primitive;
        }

        @Override
        public Object get(Object target) {
            try {
                return (Object) getter.invokeExact(target);
            } catch (Throwable t) {
                throw rethrow(t);
            }
        }

        @Override
        public void set(Object target, Object value) {
            if (value == null && primitive) {
                return; // a NULL cannot reach a primitive; keep the Java default
            }
            try {
                setter.invokeExact(target, value);
            } catch (Throwable t) {
                throw rethrow(t);
            }
        }

        private static RuntimeException rethrow(Throwable t) {
            if (t instanceof RuntimeException r) {
                return r;
            }
            if (t instanceof Error e) {
                throw e;
            }
            return new IllegalStateException(t);
        }
    }
}
