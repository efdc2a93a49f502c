package io.kakaorm.meta;

import io.kakaorm.Column;
import io.kakaorm.ModelDefinitionException;
import io.kakaorm.expr.ColumnType;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Works out a column's DEFAULT: {@code @Column(defaultValue)} parsed to the field type, else the field
 * initializer's value on a fresh instance. Initializers are taken only for numbers, booleans, strings,
 * decimals and enums: a {@code now()} or {@code randomUUID()} initializer is a per-instance value, not a
 * schema default (taking it would make every schema diff non-empty).
 */
final class DefaultValues {
    private DefaultValues() {}

    static Object of(Class<?> cls, Field f, ColumnType type, Column col, Object initial) {
        if (col != null && !col.defaultValue().isEmpty()) {
            try {
                return parse(f.getType(), type, col.defaultValue());
            } catch (RuntimeException e) {
                throw new ModelDefinitionException(
                        cls,
                        f.getName(),
                        "defaultValue '" + col.defaultValue() + "' is not a valid "
                                + f.getType().getSimpleName() + ": " + e.getMessage());
            }
        }
        if (initial == null
                || type.isTemporal()
                || type == ColumnType.UUID
                || type == ColumnType.BYTES
                || type == ColumnType.JSON) {
            return null;
        }
        return initial;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static Object parse(Class<?> javaType, ColumnType type, String text) {
        return switch (type) {
            case SHORT -> Short.valueOf(text);
            case INT -> Integer.valueOf(text);
            case LONG -> Long.valueOf(text);
            case FLOAT -> Float.valueOf(text);
            case DOUBLE -> Double.valueOf(text);
            case BOOLEAN -> {
                if (!text.equals("true") && !text.equals("false")) {
                    throw new IllegalArgumentException("expected true or false");
                }
                yield Boolean.valueOf(text);
            }
            case STRING -> text;
            case DECIMAL -> new BigDecimal(text);
            case OFFSET_DATE_TIME -> OffsetDateTime.parse(text);
            case INSTANT -> Instant.parse(text);
            case LOCAL_DATE_TIME -> LocalDateTime.parse(text);
            case LOCAL_DATE -> LocalDate.parse(text);
            case LOCAL_TIME -> LocalTime.parse(text);
            case UUID -> UUID.fromString(text);
            case BYTES -> throw new IllegalArgumentException("byte[] columns take no default");
            case ENUM -> Enum.valueOf((Class) javaType, text);
            case JSON -> throw new IllegalArgumentException("JSON columns take no default");
        };
    }
}
