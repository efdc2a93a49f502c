package io.kakaorm;

/**
 * An UPDATE or DELETE of a model with a {@link Version} field matched no row: the row was changed (its
 * version moved on) or deleted since the instance was read. Nothing was written. Reload the row
 * ({@code refresh()} or {@code db.get(...)}), apply the change again, and save.
 */
public final class OptimisticLockException extends KakaOrmException {
    private final Class<?> modelClass;
    private final Object key;
    private final Object expectedVersion;

    public OptimisticLockException(
            Class<?> modelClass,
            String keyField,
            Object key,
            String versionField,
            Object expectedVersion,
            String operation) {
        super(modelClass.getSimpleName() + " " + keyField + " = " + render(key) + " was changed or deleted by"
                + " someone else: " + operation + " expected " + versionField + " = " + render(expectedVersion)
                + "; reload it (refresh()) and apply the change again");
        this.modelClass = modelClass;
        this.key = key;
        this.expectedVersion = expectedVersion;
    }

    private static String render(Object v) {
        return v instanceof String s ? "'" + s + "'" : String.valueOf(v);
    }

    /** The model whose row changed. */
    public Class<?> modelClass() {
        return modelClass;
    }

    /** The primary key of the row. */
    public Object key() {
        return key;
    }

    /** The version this instance held (the value the statement required). */
    public Object expectedVersion() {
        return expectedVersion;
    }
}
