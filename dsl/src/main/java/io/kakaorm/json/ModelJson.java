package io.kakaorm.json;

import io.kakaorm.Model;
import io.kakaorm.ValidationException;
import io.kakaorm.meta.ColumnMeta;
import io.kakaorm.meta.ModelMeta;
import io.kakaorm.relation.RelationFields;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Models to and from Vert.x JSON — the seed's Pydantic methods: {@code model_dump} is
 * {@link #toJson(Model, Dump)} / {@link #toMap(Model, Dump)}, {@code model_validate} is
 * {@link #fromJson(Class, JsonObject)}, and {@link JsonSchemas} gives the JSON Schema of a model. Keys
 * are the Java field names; how each column type is written is listed in the README ("JSON") and checked
 * by {@code ModelJsonTest}: java.time as ISO-8601 strings, BigDecimal as a string keeping its scale,
 * byte[] as Base64, UUID as a string, enums by name. Stateless and thread-safe.
 */
public final class ModelJson {
    private ModelJson() {}

    /** Every column of {@code model} as JSON (nulls included). */
    public static JsonObject toJson(Model<?> model) {
        return toJson(model, Dump.all());
    }

    /** The columns of {@code model} that {@code dump} keeps, as JSON. */
    public static JsonObject toJson(Model<?> model, Dump dump) {
        JsonObject out = new JsonObject(new LinkedHashMap<>());
        for (ColumnMeta c : ModelMeta.of(model.getClass()).columns()) {
            Object v = c.get(model);
            if (dump.keeps(c.fieldName(), v)) {
                out.put(c.fieldName(), JsonValues.toJson(c.type(), v));
            }
        }
        for (String name : dump.relationNames()) {
            Object related = RelationFields.named(model, name).get(); // never queries: throws when not loaded
            if (dump.keeps(name, related)) {
                out.put(name, nested(related, dump.inside(name)));
            }
        }
        return out;
    }

    private static Object nested(Object related, Dump dump) {
        if (related instanceof List<?> many) {
            JsonArray out = new JsonArray(new ArrayList<>(many.size()));
            for (Object m : many) {
                out.add(toJson((Model<?>) m, dump));
            }
            return out;
        }
        return related == null ? null : toJson((Model<?>) related, dump);
    }

    /** Each model as {@link #toJson(Model)}, in list order. */
    public static JsonArray toJsonArray(List<? extends Model<?>> models) {
        return toJsonArray(models, Dump.all());
    }

    /** Each model as {@link #toJson(Model, Dump)}, in list order. */
    public static JsonArray toJsonArray(List<? extends Model<?>> models, Dump dump) {
        JsonArray out = new JsonArray(new ArrayList<>(models.size()));
        for (Model<?> m : models) {
            out.add(toJson(m, dump));
        }
        return out;
    }

    /** The Java values of the columns {@code dump} keeps, by field name in column order. */
    public static Map<String, Object> toMap(Model<?> model, Dump dump) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (ColumnMeta c : ModelMeta.of(model.getClass()).columns()) {
            Object v = c.get(model);
            if (dump.keeps(c.fieldName(), v)) {
                out.put(c.fieldName(), v);
            }
        }
        return out;
    }

    /** {@link #fromJson(Class, JsonObject, FromJson)} with the strict policy. */
    public static <T extends Model<T>> T fromJson(Class<T> type, JsonObject json) {
        return fromJson(type, json, FromJson.strict());
    }

    /**
     * A new, unsaved instance filled from {@code json} (the seed's {@code model_validate}): each value
     * converted to its field's type and checked against the column (NOT NULL, maxLength, NUMERIC
     * precision and scale, enum names); NOT NULL fields without a default must be present. Fields absent
     * from {@code json} keep their initializers.
     *
     * @throws ValidationException listing every bad field with its reason (nothing is returned half-filled)
     */
    public static <T extends Model<T>> T fromJson(Class<T> type, JsonObject json, FromJson policy) {
        ModelMeta<T> meta = ModelMeta.of(type);
        T instance = meta.newInstance();
        Map<String, String> errors = assign(meta, instance, json, policy);
        for (ColumnMeta c : meta.columns()) {
            if (FieldRules.required(c) && !json.containsKey(c.fieldName()) && writable(c, policy)) {
                errors.put(c.fieldName(), "is required");
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(type, errors);
        }
        return instance;
    }

    /** {@link #patch(Model, JsonObject, FromJson)} with the strict policy. */
    public static <T extends Model<T>> T patch(T model, JsonObject json) {
        return patch(model, json, FromJson.strict());
    }

    /**
     * Sets the fields present in {@code json} on {@code model} (a partial update, as for HTTP PATCH), with
     * the same conversion and checks as {@link #fromJson}; fields absent from {@code json} stay as they
     * are. All or nothing: when any field is bad, {@code model} is left unchanged.
     *
     * @return {@code model}
     * @throws ValidationException listing every bad field with its reason
     */
    public static <T extends Model<T>> T patch(T model, JsonObject json, FromJson policy) {
        @SuppressWarnings("unchecked")
        ModelMeta<T> meta = ModelMeta.of((Class<T>) model.getClass());
        T scratch = meta.newInstance();
        Map<String, String> errors = assign(meta, scratch, json, policy);
        if (!errors.isEmpty()) {
            throw new ValidationException(meta.modelClass(), errors);
        }
        for (String key : json.fieldNames()) {
            ColumnMeta c = meta.columnByField(key);
            if (c != null) {
                c.set(model, c.get(scratch));
            }
        }
        return model;
    }

    /** Converts and checks each key of {@code json} onto {@code target}; returns the errors found. */
    private static Map<String, String> assign(ModelMeta<?> meta, Object target, JsonObject json, FromJson policy) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : json) {
            ColumnMeta c = meta.columnByField(e.getKey());
            if (c == null) {
                if (!policy.ignoreUnknown()) {
                    errors.put(
                            e.getKey(), "is not a field of " + meta.modelClass().getSimpleName());
                }
                continue;
            }
            if (c.primaryKey() && FieldRules.generated(c) && !policy.allowPrimaryKey()) {
                errors.put(c.fieldName(), "is generated by the database and cannot be set");
                continue;
            }
            if ((c.autoNow() || c.autoNowAdd()) && !policy.allowAutoTimes()) {
                errors.put(c.fieldName(), "is set when the row is saved and cannot be given");
                continue;
            }
            Object value;
            try {
                value = e.getValue() == null ? null : JsonValues.fromJson(c, e.getValue());
            } catch (IllegalArgumentException bad) {
                errors.put(c.fieldName(), bad.getMessage());
                continue;
            }
            String problem = FieldRules.problem(c, value);
            if (problem != null) {
                errors.put(c.fieldName(), problem);
            } else if (value != null || !c.javaType().isPrimitive()) {
                c.set(target, value);
            }
        }
        return errors;
    }

    private static boolean writable(ColumnMeta c, FromJson policy) {
        return !(c.primaryKey() && FieldRules.generated(c)) || policy.allowPrimaryKey();
    }
}
