package io.kakaorm.vertx.internal;

import io.kakaorm.dialect.Dialect;
import java.lang.reflect.InvocationTargetException;

/** Finds the dialect for a name through {@code io.kakaorm.dialect.Dialects.forName}. */
final class DialectLookup {
    private DialectLookup() {
    }

    static Dialect forName(String name) {
        try {
            return (Dialect) Class.forName("io.kakaorm.dialect.Dialects").getMethod("forName", String.class)
                    .invoke(null, name);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("No dialects module (io.kakaorm.dialect.Dialects): " + e, e);
        }
    }
}
