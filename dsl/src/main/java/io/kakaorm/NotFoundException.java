package io.kakaorm;

/** A query that must return exactly one row returned none. The message names the model and the lookup. */
public final class NotFoundException extends KakaOrmException {
    private final Class<?> modelClass;

    public NotFoundException(Class<?> modelClass, String lookup) {
        super("No " + modelClass.getSimpleName() + " matched " + lookup);
        this.modelClass = modelClass;
    }

    /** The model that was looked up. */
    public Class<?> modelClass() {
        return modelClass;
    }
}
