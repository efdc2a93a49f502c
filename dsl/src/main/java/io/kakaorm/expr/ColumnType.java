package io.kakaorm.expr;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/** The logical type of a column: one per supported Java type; each dialect maps it to SQL. */
public enum ColumnType {
    SHORT,
    INT,
    LONG,
    FLOAT,
    DOUBLE,
    BOOLEAN,
    STRING,
    DECIMAL,
    OFFSET_DATE_TIME,
    INSTANT,
    LOCAL_DATE_TIME,
    LOCAL_DATE,
    LOCAL_TIME,
    UUID,
    BYTES,
    ENUM,
    /** A Vert.x {@code JsonObject} or {@code JsonArray} document (jsonb, MariaDB JSON, SQLite TEXT checked by json_valid). */
    JSON;

    private static final Map<Class<?>, ColumnType> BY_CLASS = Map.ofEntries(
            Map.entry(short.class, SHORT),
            Map.entry(Short.class, SHORT),
            Map.entry(int.class, INT),
            Map.entry(Integer.class, INT),
            Map.entry(long.class, LONG),
            Map.entry(Long.class, LONG),
            Map.entry(float.class, FLOAT),
            Map.entry(Float.class, FLOAT),
            Map.entry(double.class, DOUBLE),
            Map.entry(Double.class, DOUBLE),
            Map.entry(boolean.class, BOOLEAN),
            Map.entry(Boolean.class, BOOLEAN),
            Map.entry(String.class, STRING),
            Map.entry(BigDecimal.class, DECIMAL),
            Map.entry(OffsetDateTime.class, OFFSET_DATE_TIME),
            Map.entry(Instant.class, INSTANT),
            Map.entry(LocalDateTime.class, LOCAL_DATE_TIME),
            Map.entry(LocalDate.class, LOCAL_DATE),
            Map.entry(LocalTime.class, LOCAL_TIME),
            Map.entry(UUID.class, UUID),
            Map.entry(byte[].class, BYTES),
            Map.entry(JsonObject.class, JSON),
            Map.entry(JsonArray.class, JSON));

    /** The column type of a Java type, or {@code null} when the type cannot be a column. */
    public static ColumnType of(Class<?> javaType) {
        if (javaType.isEnum()) {
            return ENUM;
        }
        return BY_CLASS.get(javaType);
    }

    /** Whether values of this type are whole numbers. */
    public boolean isInteger() {
        return this == SHORT || this == INT || this == LONG;
    }

    /** Whether values of this type are numbers. */
    public boolean isNumeric() {
        return isInteger() || this == FLOAT || this == DOUBLE || this == DECIMAL;
    }

    /** Whether values of this type are points or spans of time. */
    public boolean isTemporal() {
        return this == OFFSET_DATE_TIME
                || this == INSTANT
                || this == LOCAL_DATE_TIME
                || this == LOCAL_DATE
                || this == LOCAL_TIME;
    }
}
