package io.kakaorm;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;

/**
 * A value was rejected before any SQL was sent, e.g. a string longer than its column's
 * {@code maxLength} or a NULL in a NOT NULL column. Nothing was written.
 *
 * <p>One exception lists every rejected field ({@link #errors()}) — {@link io.kakaorm.json.ModelJson#fromJson}
 * reports all bad fields of a request body at once — and renders as the body of an HTTP 400 with
 * {@link #toJson()}.
 */
public final class ValidationException extends KakaOrmException {
    private final Class<?> modelClass;
    private final List<FieldError> errors;

    /** One rejected field. */
    public ValidationException(Class<?> modelClass, String field, String problem) {
        this(modelClass, List.of(new FieldError(field, problem)));
    }

    /** Several rejected fields (at least one). */
    public ValidationException(Class<?> modelClass, List<FieldError> errors) {
        super(message(modelClass, errors));
        this.modelClass = modelClass;
        this.errors = List.copyOf(errors);
    }

    /** Several rejected fields: field name → reason, in the order they were found (at least one). */
    public ValidationException(Class<?> modelClass, Map<String, String> reasons) {
        this(
                modelClass,
                reasons.entrySet().stream()
                        .map(e -> new FieldError(e.getKey(), e.getValue()))
                        .toList());
    }

    private static String message(Class<?> modelClass, List<FieldError> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a ValidationException needs at least one field error");
        }
        StringBuilder b = new StringBuilder();
        for (FieldError e : errors) {
            b.append(b.length() == 0 ? "" : "; ")
                    .append(modelClass.getSimpleName())
                    .append('.')
                    .append(e.field())
                    .append(": ")
                    .append(e.reason());
        }
        return b.toString();
    }

    /** The model whose value was rejected. */
    public Class<?> modelClass() {
        return modelClass;
    }

    /** The Java field name of the first rejected value. */
    public String field() {
        return errors.get(0).field();
    }

    /** Every rejected field with its reason, in the order they were found. */
    public List<FieldError> errors() {
        return errors;
    }

    /**
     * The errors as a response body: {@code {"error":"validation","model":"Todo","errors":[{"field":"title",
     * "reason":"is required"}]}}.
     */
    public JsonObject toJson() {
        JsonArray list = new JsonArray();
        for (FieldError e : errors) {
            list.add(new JsonObject().put("field", e.field()).put("reason", e.reason()));
        }
        return new JsonObject()
                .put("error", "validation")
                .put("model", modelClass.getSimpleName())
                .put("errors", list);
    }

    /**
     * A rejected field.
     *
     * @param field  the Java field name (or the JSON key, for an unknown one)
     * @param reason what is wrong, phrased to follow the field's name: {@code "is required"}
     */
    public record FieldError(String field, String reason) {}
}
