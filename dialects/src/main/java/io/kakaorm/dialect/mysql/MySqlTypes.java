package io.kakaorm.dialect.mysql;

import io.kakaorm.dialect.sql.JsonColumns;
import io.kakaorm.dialect.sql.SqlTypes;
import io.kakaorm.meta.ColumnMeta;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * MySQL/MariaDB types. Booleans are {@code TINYINT(1)}; instants ({@link OffsetDateTime},
 * {@link Instant}) are {@code DATETIME(6)} in UTC and read back at offset UTC; UUIDs are
 * {@code CHAR(36)}; a string in a key or index without a {@code maxLength} is {@code VARCHAR(255)}
 * (MySQL cannot index unbounded text), otherwise {@code LONGTEXT}; an unconstrained decimal is
 * {@code DECIMAL(65, 30)}.
 */
public final class MySqlTypes extends SqlTypes {
    /** The longest VARCHAR of utf8mb4 that fits MySQL's 65535-byte row. */
    static final int MAX_VARCHAR = 16383;

    private static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS");

    @Override
    public String sqlType(ColumnMeta c, boolean keyed) {
        return switch (c.type()) {
            case SHORT -> "SMALLINT";
            case INT -> "INT";
            case LONG -> "BIGINT";
            case FLOAT -> "FLOAT";
            case DOUBLE -> "DOUBLE";
            case BOOLEAN -> "TINYINT(1)";
            case STRING ->
                c.maxLength() > 0 && c.maxLength() <= MAX_VARCHAR
                        ? "VARCHAR(" + c.maxLength() + ")"
                        : keyed && c.maxLength() == 0 ? "VARCHAR(255)" : "LONGTEXT";
            case DECIMAL ->
                c.precision() > 0
                        ? "DECIMAL(" + c.precision() + ", " + c.scale() + ")"
                        : "DECIMAL(65, " + (c.scale() > 0 ? c.scale() : 30) + ")";
            case OFFSET_DATE_TIME, INSTANT, LOCAL_DATE_TIME -> "DATETIME(6)";
            case LOCAL_DATE -> "DATE";
            case LOCAL_TIME -> "TIME(6)";
            case UUID -> "CHAR(36)";
            case BYTES -> "LONGBLOB";
            case ENUM -> "VARCHAR(255)";
            case JSON -> "JSON"; // MariaDB: LONGTEXT with CHECK (json_valid(col))
        };
    }

    /** A decimal without a declared precision is a DECIMAL(65, 30): it reads back with 30 digits of scale. */
    @Override
    protected BigDecimal normaliseDecimal(ColumnMeta column, BigDecimal d) {
        if (column.precision() > 0 || column.scale() > 0) {
            return super.normaliseDecimal(column, d);
        }
        return d.scale() == 30 ? d : d.setScale(30, RoundingMode.HALF_UP);
    }

    @Override
    public Object toDb(Object v) {
        if (v instanceof Enum<?> e) {
            return e.name();
        }
        if (v instanceof byte[] b) {
            return Buffer.buffer(b);
        }
        if (v instanceof JsonObject || v instanceof JsonArray) {
            return JsonColumns.text(v);
        }
        if (v instanceof UUID u) {
            return u.toString();
        }
        if (v instanceof OffsetDateTime o) {
            return o.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
        }
        if (v instanceof Instant i) {
            return LocalDateTime.ofInstant(i, ZoneOffset.UTC);
        }
        if (v instanceof BigDecimal d) {
            return d.toPlainString(); // the client sends text; MySQL parses it as an exact decimal
        }
        return v;
    }

    @Override
    public String defaultLiteral(ColumnMeta c) {
        if (c.defaultValue() instanceof BigDecimal d) {
            return d.toPlainString();
        }
        Object v = toDb(c.defaultValue());
        if (v instanceof Boolean b) {
            return b ? "1" : "0";
        }
        if (v instanceof Number n) {
            return numberLiteral(n);
        }
        if (v instanceof LocalDateTime t) {
            return "'" + DATETIME.format(t) + "'";
        }
        return quoteText(v.toString(), true);
    }
}
