package io.kakaorm;

/**
 * A value was rejected before any SQL was sent, e.g. a string longer than its column's
 * {@code maxLength} or a NULL in a NOT NULL column. Nothing was written.
 */
public final class ValidationException extends KakaOrmException {
    private final Class<?> modelClass;
    private final String field;

    public ValidationException(Class<?> modelClass, String field, String problem) {
        super(modelClass.getSimpleName() + "." + field + ": " + problem);
        this.modelClass = modelClass;
        this.field = field;
    }

    /** The model whose value was rejected. */
    public Class<?> modelClass() {
        return modelClass;
    }

    /** The Java field name whose value was rejected. */
    public String field() {
        return field;
    }
}
