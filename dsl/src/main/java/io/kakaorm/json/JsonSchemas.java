package io.kakaorm.json;

import io.kakaorm.meta.ColumnMeta;
import io.kakaorm.meta.ModelMeta;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.LinkedHashMap;

/**
 * JSON Schema (draft 2020-12) of a model's JSON, matching {@link ModelJson} exactly: the types and
 * formats of its column mapping, NOT NULL as a non-null type, {@code maxLength}, enum names, NUMERIC
 * precision and scale as a pattern, and for request bodies the writable fields with
 * {@code additionalProperties: false}. Usable with {@code vertx-json-schema} and as an OpenAPI 3.1
 * component. Stateless and thread-safe.
 */
public final class JsonSchemas {
    /** The {@code $schema} of every generated schema. */
    public static final String DRAFT = "https://json-schema.org/draft/2020-12/schema";

    private JsonSchemas() {}

    /** The schema of {@code model}'s {@code kind} document, with {@code $schema} and {@code title}. */
    public static JsonObject schema(Class<?> model, SchemaKind kind) {
        return new JsonObject(new LinkedHashMap<>()).put("$schema", DRAFT).mergeIn(component(model, kind));
    }

    /** The same schema without {@code $schema}, for {@code components/schemas} of an OpenAPI 3.1 document. */
    public static JsonObject component(Class<?> model, SchemaKind kind) {
        ModelMeta<?> meta = ModelMeta.of(model);
        JsonObject properties = new JsonObject(new LinkedHashMap<>());
        JsonArray required = new JsonArray();
        for (ColumnMeta c : meta.columns()) {
            boolean generated = c.primaryKey() && FieldRules.generated(c);
            boolean auto = c.autoNow() || c.autoNowAdd();
            if (kind != SchemaKind.RESPONSE && (generated || auto)) {
                continue;
            }
            JsonObject p = property(c);
            if (kind == SchemaKind.RESPONSE) {
                if (generated || auto) {
                    p.put("readOnly", true);
                }
                required.add(c.fieldName());
            } else if (kind == SchemaKind.CREATE && FieldRules.required(c)) {
                required.add(c.fieldName());
            }
            if (kind != SchemaKind.RESPONSE && c.defaultValue() != null) {
                p.put("default", JsonValues.toJson(c.type(), c.defaultValue()));
            }
            properties.put(c.fieldName(), p);
        }
        String suffix = kind == SchemaKind.RESPONSE ? "" : kind == SchemaKind.CREATE ? "Create" : "Update";
        JsonObject s = new JsonObject(new LinkedHashMap<>())
                .put("title", meta.modelClass().getSimpleName() + suffix)
                .put("type", "object")
                .put("properties", properties);
        if (!required.isEmpty()) {
            s.put("required", required);
        }
        return s.put("additionalProperties", false);
    }

    /** The schema of one column's value. */
    static JsonObject property(ColumnMeta c) {
        JsonObject p = new JsonObject(new LinkedHashMap<>());
        String type = switch (c.type()) {
            case SHORT, INT, LONG -> "integer";
            case FLOAT, DOUBLE -> "number";
            case BOOLEAN -> "boolean";
            default -> "string";
        };
        boolean nullable = c.nullable();
        switch (c.type()) {
            case SHORT -> p.put("minimum", Short.MIN_VALUE).put("maximum", Short.MAX_VALUE);
            case INT ->
                p.put("minimum", Integer.MIN_VALUE)
                        .put("maximum", Integer.MAX_VALUE)
                        .put("format", "int32");
            case LONG -> p.put("format", "int64");
            case BOOLEAN -> {
                // no keyword beyond the type
            }
            case FLOAT, DOUBLE -> {
                // NaN and the infinities are written as strings (JSON has no number for them)
                JsonArray any = new JsonArray()
                        .add(new JsonObject().put("type", "number"))
                        .add(new JsonObject()
                                .put(
                                        "enum",
                                        new JsonArray()
                                                .add("NaN")
                                                .add("Infinity")
                                                .add("-Infinity")));
                if (nullable) {
                    any.add(new JsonObject().put("type", "null"));
                }
                return p.put("anyOf", any);
            }
            case STRING -> {
                if (c.maxLength() > 0) {
                    p.put("maxLength", c.maxLength());
                }
            }
            case DECIMAL -> p.put("pattern", decimalPattern(c));
            case OFFSET_DATE_TIME, INSTANT -> p.put("format", "date-time");
            case LOCAL_DATE_TIME -> p.put("pattern", "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?$");
            case LOCAL_DATE -> p.put("format", "date");
            case LOCAL_TIME -> p.put("pattern", "^\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?$");
            case UUID -> p.put("format", "uuid");
            case BYTES -> p.put("contentEncoding", "base64");
            case ENUM -> {
                JsonArray names = new JsonArray();
                for (Object e : c.javaType().getEnumConstants()) {
                    names.add(((Enum<?>) e).name());
                }
                if (nullable) {
                    names.addNull();
                }
                p.put("enum", names);
            }
            default -> {
                return jsonColumn(c, p, nullable);
            }
        }
        JsonObject typed = new JsonObject(new LinkedHashMap<>());
        typed.put("type", nullable ? new JsonArray().add(type).add("null") : type);
        return typed.mergeIn(p);
    }

    private static JsonObject jsonColumn(ColumnMeta c, JsonObject p, boolean nullable) {
        String type = c.javaType() == JsonArray.class ? "array" : "object";
        return p.put("type", nullable ? new JsonArray().add(type).add("null") : type);
    }

    /** Digits before and after the point as NUMERIC(p, s) allows; any plain decimal when unbounded. */
    private static String decimalPattern(ColumnMeta c) {
        if (c.precision() <= 0 && c.scale() <= 0) {
            return "^-?\\d+(\\.\\d+)?$";
        }
        String whole = c.precision() > 0 ? "\\d{1," + Math.max(c.precision() - c.scale(), 1) + "}" : "\\d+";
        String frac = c.scale() > 0 ? "(\\.\\d{1," + c.scale() + "}0*)?" : "(\\.0*)?";
        return "^-?" + whole + frac + "$";
    }
}
