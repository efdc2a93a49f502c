package io.kakaorm;

/** A query that must return exactly one row returned more than one. */
public final class MultipleResultsException extends KakaOrmException {
    private final Class<?> modelClass;

    public MultipleResultsException(Class<?> modelClass, String lookup) {
        super("More than one " + modelClass.getSimpleName() + " matched " + lookup);
        this.modelClass = modelClass;
    }

    /** The model that was looked up. */
    public Class<?> modelClass() {
        return modelClass;
    }
}
