package io.kakaorm.lambda;

import java.lang.invoke.SerializedLambda;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads a lambda instance's captured values. Lambda classes keep them in fields {@code arg$1 … arg$n};
 * reading those fields is much cheaper than {@code writeReplace}, which stays the fallback.
 */
abstract class CapturedReader {
    private static final Object[] NONE = new Object[0];

    abstract Object[] read(Object lambda);

    static CapturedReader of(Class<?> lambdaClass, int count) {
        if (count == 0) {
            return new CapturedReader() {
                @Override
                Object[] read(Object lambda) {
                    return NONE;
                }
            };
        }
        List<Field> fields = new ArrayList<>();
        for (Field f : lambdaClass.getDeclaredFields()) {
            if (!Modifier.isStatic(f.getModifiers()) && f.getName().matches("arg\\$\\d+")) {
                fields.add(f);
            }
        }
        fields.sort(Comparator.comparingInt(f -> Integer.parseInt(f.getName().substring(4))));
        boolean usable = fields.size() == count;
        for (Field f : fields) {
            usable &= f.trySetAccessible();
        }
        if (!usable) {
            return new CapturedReader() {
                @Override
                Object[] read(Object lambda) {
                    SerializedLambda sl = LambdaSource.serialized(lambda);
                    Object[] out = new Object[sl.getCapturedArgCount()];
                    for (int i = 0; i < out.length; i++) {
                        out[i] = sl.getCapturedArg(i);
                    }
                    return out;
                }
            };
        }
        Field[] array = fields.toArray(new Field[0]);
        return new CapturedReader() {
            @Override
            Object[] read(Object lambda) {
                Object[] out = new Object[array.length];
                try {
                    for (int i = 0; i < array.length; i++) {
                        out[i] = array[i].get(lambda);
                    }
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
                return out;
            }
        };
    }
}
