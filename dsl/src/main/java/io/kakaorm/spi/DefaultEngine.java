package io.kakaorm.spi;

/**
 * Holds the engine that models use when they were not loaded from, or saved to, a particular one.
 * Thread-safe.
 */
public final class DefaultEngine {
    private static volatile ModelEngine current;

    private DefaultEngine() {
    }

    /** Makes {@code engine} the default (or clears it with {@code null}). */
    public static void set(ModelEngine engine) {
        current = engine;
    }

    /** Clears the default if it is {@code engine}. */
    public static void clearIf(ModelEngine engine) {
        if (current == engine) {
            current = null;
        }
    }

    /** The default engine, or {@code null}. */
    public static ModelEngine get() {
        return current;
    }
}
