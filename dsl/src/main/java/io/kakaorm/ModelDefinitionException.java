package io.kakaorm;

/**
 * A model class cannot be used as declared: an unsupported field type, two {@code @Id}s, an index or
 * foreign key naming an unknown field, a foreign key to a non-model, a missing no-arg constructor.
 * Thrown on the first use of the model.
 */
public final class ModelDefinitionException extends KakaOrmException {
    private final Class<?> modelClass;
    private final String field;

    public ModelDefinitionException(Class<?> modelClass, String field, String problem) {
        super("Model " + modelClass.getName() + (field == null ? "" : ", field '" + field + "'") + ": " + problem);
        this.modelClass = modelClass;
        this.field = field;
    }

    /** The model class that is wrong. */
    public Class<?> modelClass() {
        return modelClass;
    }

    /** The field that is wrong, or {@code null} when the problem is the class itself. */
    public String field() {
        return field;
    }
}
