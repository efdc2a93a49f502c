package io.kakaorm.json;

import io.kakaorm.expr.ColumnType;
import io.kakaorm.meta.ColumnMeta;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;

/**
 * One column value to and from its JSON form. The mapping (also what {@link JsonSchemas} describes):
 * <ul>
 * <li>short/int/long: a JSON integer; float/double: a JSON number, and the strings {@code "NaN"},
 * {@code "Infinity"}, {@code "-Infinity"} for the values JSON has no number for;</li>
 * <li>boolean: {@code true}/{@code false}; String: a string;</li>
 * <li>BigDecimal: a string in plain notation keeping the scale ({@code "12.50"}); a JSON number is also
 * read;</li>
 * <li>OffsetDateTime: ISO-8601 with offset ({@code "2026-12-05T09:30:00+01:00"}); Instant: ISO-8601 in
 * UTC ({@code "2026-12-05T08:30:00Z"}); LocalDateTime ({@code "2026-12-05T09:30:00"}), LocalDate
 * ({@code "2026-12-05"}), LocalTime ({@code "09:30:00"}); seconds always written, fractions when
 * non-zero;</li>
 * <li>UUID: its canonical string; byte[]: standard Base64 with padding; enums: the constant's name.</li>
 * <li>JsonObject / JsonArray (JSON columns): the document itself, copied.</li>
 * </ul>
 */
final class JsonValues {
    private JsonValues() {}

    /** The JSON value of a column value (null stays null). */
    static Object toJson(ColumnType type, Object v) {
        if (v == null) {
            return null;
        }
        return switch (type) {
            case SHORT, INT, LONG, BOOLEAN, STRING -> v;
            case FLOAT, DOUBLE -> finite(((Number) v).doubleValue()) ? v : nonFinite(((Number) v).doubleValue());
            case DECIMAL -> ((BigDecimal) v).toPlainString();
            case OFFSET_DATE_TIME -> DateTimeFormatter.ISO_OFFSET_DATE_TIME.format((OffsetDateTime) v);
            case INSTANT -> DateTimeFormatter.ISO_INSTANT.format((Instant) v);
            case LOCAL_DATE_TIME -> DateTimeFormatter.ISO_LOCAL_DATE_TIME.format((LocalDateTime) v);
            case LOCAL_DATE -> DateTimeFormatter.ISO_LOCAL_DATE.format((LocalDate) v);
            case LOCAL_TIME -> DateTimeFormatter.ISO_LOCAL_TIME.format((LocalTime) v);
            case UUID -> v.toString();
            case BYTES -> Base64.getEncoder().encodeToString((byte[]) v);
            case ENUM -> ((Enum<?>) v).name();
            default -> jsonValue(v);
        };
    }

    /** JSON object and array columns: a copy, so the model and the document never share state. */
    private static Object jsonValue(Object v) {
        if (v instanceof JsonObject o) {
            return o.copy();
        }
        if (v instanceof JsonArray a) {
            return a.copy();
        }
        return v;
    }

    private static boolean finite(double d) {
        return !Double.isNaN(d) && !Double.isInfinite(d);
    }

    private static String nonFinite(double d) {
        return Double.isNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity";
    }

    /**
     * The Java value of {@code json} for column {@code c}.
     *
     * @throws IllegalArgumentException with the reason (for the field's error) when it does not convert
     */
    static Object fromJson(ColumnMeta c, Object json) {
        Class<?> t = c.javaType();
        switch (c.type()) {
            case SHORT, INT, LONG -> {
                BigInteger n = integer(json);
                long lo = c.type() == ColumnType.SHORT
                        ? Short.MIN_VALUE
                        : c.type() == ColumnType.INT ? Integer.MIN_VALUE : Long.MIN_VALUE;
                long hi = c.type() == ColumnType.SHORT
                        ? Short.MAX_VALUE
                        : c.type() == ColumnType.INT ? Integer.MAX_VALUE : Long.MAX_VALUE;
                if (n.compareTo(BigInteger.valueOf(lo)) < 0 || n.compareTo(BigInteger.valueOf(hi)) > 0) {
                    throw new IllegalArgumentException("must be an integer from " + lo + " to " + hi);
                }
                return c.type() == ColumnType.SHORT
                        ? (Object) n.shortValue()
                        : c.type() == ColumnType.INT ? (Object) n.intValue() : (Object) n.longValue();
            }
            case FLOAT, DOUBLE -> {
                double d;
                if (json instanceof Number n) {
                    d = n.doubleValue();
                } else if ("NaN".equals(json) || "Infinity".equals(json) || "-Infinity".equals(json)) {
                    d = Double.parseDouble((String) json);
                } else {
                    throw new IllegalArgumentException("must be a number");
                }
                return c.type() == ColumnType.FLOAT ? (Object) (float) d : (Object) d;
            }
            case BOOLEAN -> {
                if (json instanceof Boolean b) {
                    return b;
                }
                throw new IllegalArgumentException("must be true or false");
            }
            case STRING -> {
                return string(json, "must be a string");
            }
            case DECIMAL -> {
                try {
                    return json instanceof Number n
                            ? new BigDecimal(n.toString())
                            : new BigDecimal(string(json, "must be a decimal number or a string holding one"));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("must be a decimal number such as \"12.50\"");
                }
            }
            case OFFSET_DATE_TIME -> {
                return time(
                        json,
                        "an ISO-8601 date-time with offset such as \"2026-12-05T09:30:00+01:00\"",
                        OffsetDateTime::parse);
            }
            case INSTANT -> {
                return time(
                        json,
                        "an ISO-8601 instant such as \"2026-12-05T08:30:00Z\"",
                        s -> OffsetDateTime.parse(s).toInstant());
            }
            case LOCAL_DATE_TIME -> {
                return time(json, "an ISO-8601 local date-time such as \"2026-12-05T09:30:00\"", LocalDateTime::parse);
            }
            case LOCAL_DATE -> {
                return time(json, "an ISO-8601 date such as \"2026-12-05\"", LocalDate::parse);
            }
            case LOCAL_TIME -> {
                return time(json, "an ISO-8601 time such as \"09:30:00\"", LocalTime::parse);
            }
            case UUID -> {
                String s = string(json, "must be a UUID string");
                try {
                    UUID u = UUID.fromString(s);
                    if (!u.toString().equalsIgnoreCase(s)) {
                        throw new IllegalArgumentException();
                    }
                    return u;
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(
                            "must be a UUID such as \"123e4567-e89b-12d3-a456-426614174000\"");
                }
            }
            case BYTES -> {
                try {
                    return Base64.getDecoder().decode(string(json, "must be a Base64 string"));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("must be a Base64 string");
                }
            }
            case ENUM -> {
                String s = string(json, "must be one of " + names(t));
                for (Object constant : t.getEnumConstants()) {
                    if (((Enum<?>) constant).name().equals(s)) {
                        return constant;
                    }
                }
                throw new IllegalArgumentException("must be one of " + names(t));
            }
            default -> {
                return jsonColumn(t, json);
            }
        }
    }

    private static Object jsonColumn(Class<?> t, Object json) {
        if (t == JsonObject.class && json instanceof JsonObject o) {
            return o.copy();
        }
        if (t == JsonArray.class && json instanceof JsonArray a) {
            return a.copy();
        }
        throw new IllegalArgumentException(t == JsonArray.class ? "must be a JSON array" : "must be a JSON object");
    }

    static String names(Class<?> enumType) {
        return Arrays.toString(Arrays.stream(enumType.getEnumConstants())
                .map(e -> ((Enum<?>) e).name())
                .toArray());
    }

    private static BigInteger integer(Object json) {
        if (json instanceof Integer || json instanceof Long || json instanceof Short || json instanceof Byte) {
            return BigInteger.valueOf(((Number) json).longValue());
        }
        if (json instanceof BigInteger b) {
            return b;
        }
        if (json instanceof Number n) {
            try {
                return new BigDecimal(n.toString()).toBigIntegerExact();
            } catch (ArithmeticException | NumberFormatException e) {
                throw new IllegalArgumentException("must be a whole number");
            }
        }
        throw new IllegalArgumentException("must be an integer");
    }

    private static String string(Object json, String reason) {
        if (json instanceof String s) {
            return s;
        }
        throw new IllegalArgumentException(reason);
    }

    private static <V> V time(Object json, String what, Function<String, V> parse) {
        String s = string(json, "must be " + what);
        try {
            return parse.apply(s.toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("must be " + what);
        }
    }
}
