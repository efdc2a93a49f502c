package io.kakaorm.dialect.postgres;

import io.kakaorm.dialect.sql.SqlTypes;
import io.kakaorm.expr.ColumnType;
import io.kakaorm.meta.ColumnMeta;
import io.vertx.core.buffer.Buffer;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * PostgreSQL types: every Java type has a native column type, so values pass through the pg client
 * as they are, except {@code byte[]} (a {@link Buffer}), {@link Instant} (an OffsetDateTime at UTC)
 * and enums (their name).
 */
public final class PostgresTypes extends SqlTypes {

    @Override
    public String sqlType(ColumnMeta c, boolean keyed) {
        return switch (c.type()) {
            case SHORT -> "SMALLINT";
            case INT -> "INTEGER";
            case LONG -> "BIGINT";
            case FLOAT -> "REAL";
            case DOUBLE -> "DOUBLE PRECISION";
            case BOOLEAN -> "BOOLEAN";
            case STRING -> c.maxLength() > 0 ? "VARCHAR(" + c.maxLength() + ")" : "TEXT";
            case DECIMAL ->
                c.precision() > 0
                        ? "NUMERIC(" + c.precision() + ", " + c.scale() + ")"
                        : c.scale() > 0 ? "NUMERIC(1000, " + c.scale() + ")" : "NUMERIC";
            case OFFSET_DATE_TIME, INSTANT -> "TIMESTAMPTZ";
            case LOCAL_DATE_TIME -> "TIMESTAMP";
            case LOCAL_DATE -> "DATE";
            case LOCAL_TIME -> "TIME";
            case UUID -> "UUID";
            case BYTES -> "BYTEA";
            case ENUM -> "TEXT";
            case JSON -> "JSONB";
        };
    }

    /** An unbounded NUMERIC keeps the decimal's scale, but never a negative one ({@code 1E+3} reads back as 1000). */
    @Override
    protected BigDecimal normaliseDecimal(ColumnMeta column, BigDecimal d) {
        BigDecimal kept = super.normaliseDecimal(column, d);
        return kept.scale() < 0 ? kept.setScale(0) : kept;
    }

    /** The type a bind parameter of {@code type} is cast to, so PostgreSQL never guesses it from the other operand. */
    static String castType(ColumnType type) {
        return switch (type) {
            case SHORT -> "int2";
            case INT -> "int4";
            case LONG -> "int8";
            case FLOAT -> "float4";
            case DOUBLE -> "float8";
            case BOOLEAN -> "bool";
            case STRING, ENUM -> "text";
            case DECIMAL -> "numeric";
            case OFFSET_DATE_TIME, INSTANT -> "timestamptz";
            case LOCAL_DATE_TIME -> "timestamp";
            case LOCAL_DATE -> "date";
            case LOCAL_TIME -> "time";
            case UUID -> "uuid";
            case BYTES -> "bytea";
            case JSON -> "jsonb";
        };
    }

    @Override
    public Object toDb(Object v) {
        if (v instanceof Enum<?> e) {
            return e.name();
        }
        if (v instanceof byte[] b) {
            return Buffer.buffer(b);
        }
        if (v instanceof Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        return v;
    }

    @Override
    public String defaultLiteral(ColumnMeta c) {
        Object v = c.defaultValue();
        if (v instanceof Boolean b) {
            return b ? "TRUE" : "FALSE";
        }
        if (v instanceof Number n) {
            return numberLiteral(n);
        }
        if (v instanceof Enum<?> e) {
            return quoteText(e.name(), false);
        }
        return quoteText(v.toString(), false); // text, ISO-8601 times, UUIDs: PostgreSQL casts the literal
    }
}
