package io.kakaorm.dialect.sqlite;

import io.kakaorm.dialect.sql.JsonColumns;
import io.kakaorm.dialect.sql.SqlTypes;
import io.kakaorm.meta.ColumnMeta;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * SQLite types (through sqlite-jdbc). Integers are INTEGER, floats REAL, booleans 0/1. Decimals are
 * TEXT (their exact digits and scale; the renderer compares them as numbers). Times are ISO-8601 TEXT
 * of a fixed width so that text order is time order: instants normalised to UTC as
 * {@code yyyy-MM-ddTHH:mm:ss.SSSSSSZ}, local date-times {@code yyyy-MM-ddTHH:mm:ss.SSSSSS}, dates
 * {@code yyyy-MM-dd}, times {@code HH:mm:ss.SSSSSS}. UUIDs are their 36-character text.
 */
public final class SqliteTypes extends SqlTypes {
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS");

    @Override
    public String sqlType(ColumnMeta c, boolean keyed) {
        return switch (c.type()) {
            case SHORT, INT, LONG -> "INTEGER";
            case FLOAT, DOUBLE -> "REAL";
            case BOOLEAN -> "BOOLEAN";
            case STRING -> c.maxLength() > 0 ? "VARCHAR(" + c.maxLength() + ")" : "TEXT";
            case DECIMAL -> "TEXT"; // NUMERIC affinity would turn 1.50 into the REAL 1.5
            case OFFSET_DATE_TIME, INSTANT, LOCAL_DATE_TIME, LOCAL_DATE, LOCAL_TIME, UUID, ENUM -> "TEXT";
            case BYTES -> "BLOB";
            case JSON -> "TEXT";
        };
    }

    /**
     * SQLite stores a decimal as its exact text and reads that text back, so a decimal is kept as it is,
     * without rounding to the declared scale (rounding 0 to 0.00 would also change how a CHECK compares it,
     * as text).
     */
    @Override
    protected BigDecimal normaliseDecimal(ColumnMeta column, BigDecimal d) {
        return d;
    }

    @Override
    public Object toDb(Object v) {
        if (v == null
                || v instanceof String
                || v instanceof Long
                || v instanceof Integer
                || v instanceof Double
                || v instanceof byte[]) {
            return v;
        }
        if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (v instanceof Short s) {
            return s.intValue();
        }
        if (v instanceof Float f) {
            return f.doubleValue(); // exact: read back as a double and narrowed to the same float
        }
        if (v instanceof BigDecimal d) {
            return d.toString();
        }
        if (v instanceof OffsetDateTime o) {
            return FixedTimes.dateTime(o.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime(), "Z", INSTANT);
        }
        if (v instanceof Instant i) {
            return FixedTimes.dateTime(
                    LocalDateTime.ofEpochSecond(i.getEpochSecond(), i.getNano(), ZoneOffset.UTC), "Z", INSTANT);
        }
        if (v instanceof LocalDateTime t) {
            return FixedTimes.dateTime(t, "", LOCAL);
        }
        if (v instanceof LocalTime t) {
            return FixedTimes.time(t);
        }
        if (v instanceof JsonObject || v instanceof JsonArray) {
            return JsonColumns.text(v);
        }
        if (v instanceof Enum<?> e) {
            return e.name();
        }
        if (v instanceof UUID || v instanceof LocalDate) {
            return v.toString();
        }
        return v;
    }

    /** A JSON column holds only valid JSON text: {@code json_valid(col)} (SQLite's JSON1). */
    @Override
    public String jsonCheck(String column) {
        return "json_valid(" + SqliteDialect.QUOTE + column + SqliteDialect.QUOTE + ")";
    }

    @Override
    public String defaultLiteral(ColumnMeta c) {
        Object v = toDb(c.defaultValue());
        if (v instanceof Number n) {
            return numberLiteral(n);
        }
        return quoteText(v.toString(), false);
    }
}
