package io.kakaorm.dialect.sql;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;

/**
 * The values of JSON columns ({@code JsonObject} and {@code JsonArray} fields) to and from the drivers: sent as
 * their JSON text where the database stores text (MariaDB, SQLite), read back from the document the driver
 * decoded (PostgreSQL's jsonb) or from that text. Stateless and thread-safe.
 */
public final class JsonColumns {
    private JsonColumns() {}

    /** The JSON text of a {@code JsonObject} or {@code JsonArray}. */
    public static String text(Object document) {
        return document instanceof JsonObject o ? o.encode() : ((JsonArray) document).encode();
    }

    /**
     * A driver value (a decoded document, or JSON text as a string or buffer) as {@code javaType}, a
     * {@code JsonObject} or {@code JsonArray} (either, as the text says, for any other type such as
     * {@code Object}).
     *
     * @throws IllegalArgumentException when the stored JSON is not of that kind
     */
    public static Object read(Object v, Class<?> javaType) {
        if (v instanceof JsonObject || v instanceof JsonArray) {
            if (javaType.isInstance(v)) {
                return v;
            }
            throw mismatch(javaType, v instanceof JsonObject ? "an object" : "an array");
        }
        String s = v instanceof Buffer b
                ? b.toString(StandardCharsets.UTF_8)
                : v instanceof byte[] b ? new String(b, StandardCharsets.UTF_8) : v.toString();
        String t = s.stripLeading();
        try {
            if (javaType == JsonArray.class || javaType != JsonObject.class && t.startsWith("[")) {
                if (!t.startsWith("[")) {
                    throw mismatch(javaType, "not an array");
                }
                return new JsonArray(s);
            }
            if (!t.startsWith("{")) {
                throw mismatch(javaType, "not an object");
            }
            return new JsonObject(s);
        } catch (DecodeException e) {
            throw new IllegalArgumentException(
                    "a " + javaType.getSimpleName() + " column holds text that is not JSON: " + e.getMessage());
        }
    }

    private static IllegalArgumentException mismatch(Class<?> javaType, String found) {
        return new IllegalArgumentException("a " + javaType.getSimpleName() + " column holds JSON that is " + found);
    }
}
