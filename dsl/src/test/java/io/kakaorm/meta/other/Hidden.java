package io.kakaorm.meta.other;

/** Holds a type that other packages cannot name. */
public final class Hidden {
    private Hidden() {}

    /** Package-private: {@code io.kakaorm.meta} cannot cast to it. */
    static final class Handle {}

    /** The class of {@link Handle}, for reflection. */
    public static Class<?> handleClass() {
        return Handle.class;
    }
}
