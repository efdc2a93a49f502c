package io.kakaorm.dialect.sql;

import io.kakaorm.dialect.ValueReader;
import io.kakaorm.expr.ColumnType;
import io.kakaorm.meta.ColumnMeta;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.data.Numeric;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * One database's column types and value conversions. The base class converts what every driver
 * returns alike (numbers of another width, {@link Numeric}, {@link Buffer}, text); subclasses handle
 * what their database stores differently (time, booleans, UUIDs). Stateless and thread-safe.
 */
public abstract class SqlTypes {

    /**
     * The SQL type of {@code column}.
     *
     * @param keyed whether the column is in a key or index (MySQL cannot index unbounded text)
     */
    public abstract String sqlType(ColumnMeta column, boolean keyed);

    /**
     * The CHECK a JSON column needs on this database so that it holds only JSON, or {@code null} when its
     * type enforces that (PostgreSQL's jsonb, MariaDB's JSON).
     *
     * @param column the column name, unquoted
     */
    public String jsonCheck(String column) {
        return null;
    }

    /** A Java value as the driver binds it. */
    public abstract Object toDb(Object javaValue);

    /** The DEFAULT of {@code column} as an SQL literal (never null: the caller checks for a default). */
    public abstract String defaultLiteral(ColumnMeta column);

    /**
     * The value this database keeps for {@code v} in {@code column}: times truncated to microseconds (the
     * precision of every mapped time type), an {@code OffsetDateTime} at UTC (read back so everywhere),
     * decimals as {@link #normaliseDecimal} says.
     */
    public Object normalise(ColumnMeta column, Object v) {
        if (v instanceof OffsetDateTime o) {
            OffsetDateTime utc = o.getOffset().equals(ZoneOffset.UTC) ? o : o.withOffsetSameInstant(ZoneOffset.UTC);
            return utc.getNano() % 1000 == 0 ? utc : utc.truncatedTo(ChronoUnit.MICROS);
        }
        if (v instanceof Instant i) {
            return i.getNano() % 1000 == 0 ? i : i.truncatedTo(ChronoUnit.MICROS);
        }
        if (v instanceof LocalDateTime t) {
            return t.getNano() % 1000 == 0 ? t : t.truncatedTo(ChronoUnit.MICROS);
        }
        if (v instanceof LocalTime t) {
            return t.getNano() % 1000 == 0 ? t : t.truncatedTo(ChronoUnit.MICROS);
        }
        if (v instanceof BigDecimal d) {
            return normaliseDecimal(column, d);
        }
        return v;
    }

    /**
     * A decimal as its column keeps it: rounded half-up (as PostgreSQL and MariaDB round) to the scale of
     * a column with a declared precision or scale; unchanged otherwise.
     */
    protected BigDecimal normaliseDecimal(ColumnMeta column, BigDecimal d) {
        if (column.precision() > 0 || column.scale() > 0) {
            return d.scale() == column.scale() ? d : d.setScale(column.scale(), RoundingMode.HALF_UP);
        }
        return d;
    }

    /** A driver value converted to {@code javaType} (of logical type {@code type}). */
    public Object fromDb(Object v, ColumnType type, Class<?> javaType) {
        if (v == null) {
            return null;
        }
        return switch (type) {
            case SHORT -> v instanceof Short ? v : (Object) ((Number) v).shortValue();
            case INT -> v instanceof Integer ? v : (Object) ((Number) v).intValue();
            case LONG -> v instanceof Long ? v : (Object) ((Number) v).longValue();
            case FLOAT -> v instanceof Float ? v : (Object) ((Number) v).floatValue();
            case DOUBLE -> v instanceof Double ? v : (Object) ((Number) v).doubleValue();
            case BOOLEAN -> toBoolean(v);
            case STRING -> v instanceof String ? v : text(v);
            case DECIMAL -> toDecimal(v);
            case UUID -> v instanceof UUID ? v : UUID.fromString(text(v));
            case BYTES -> toBytes(v);
            case ENUM -> toEnum(v, javaType);
            case JSON -> JsonColumns.read(v, javaType);
            case OFFSET_DATE_TIME, INSTANT, LOCAL_DATE_TIME, LOCAL_DATE, LOCAL_TIME -> Temporals.convert(v, type);
        };
    }

    /**
     * The conversion of {@link #fromDb} for one column type, chosen once: each reader returns what
     * {@code fromDb(v, type, javaType)} returns, without switching on the type per value. A subclass that
     * overrides {@code fromDb} must override this too.
     */
    public ValueReader reader(ColumnType type, Class<?> javaType) {
        return switch (type) {
            case SHORT -> v -> v == null || v instanceof Short ? v : (Object) ((Number) v).shortValue();
            case INT -> v -> v == null || v instanceof Integer ? v : (Object) ((Number) v).intValue();
            case LONG -> v -> v == null || v instanceof Long ? v : (Object) ((Number) v).longValue();
            case FLOAT -> v -> v == null || v instanceof Float ? v : (Object) ((Number) v).floatValue();
            case DOUBLE -> v -> v == null || v instanceof Double ? v : (Object) ((Number) v).doubleValue();
            case BOOLEAN ->
                v -> v == null ? null : v instanceof Byte b ? (b != 0 ? Boolean.TRUE : Boolean.FALSE) : toBoolean(v);
            case STRING -> v -> v == null || v instanceof String ? v : text(v);
            case DECIMAL -> v -> v == null ? null : toDecimal(v);
            case UUID -> v -> v == null || v instanceof UUID ? v : UUID.fromString(text(v));
            case BYTES -> v -> v == null ? null : toBytes(v);
            case ENUM -> v -> v == null ? null : toEnum(v, javaType);
            case JSON -> v -> v == null ? null : JsonColumns.read(v, javaType);
            case OFFSET_DATE_TIME, INSTANT, LOCAL_DATE_TIME, LOCAL_DATE, LOCAL_TIME -> Temporals.reader(type);
        };
    }

    /** A quoted SQL string literal, quotes doubled. Backslashes are doubled too where {@code backslashEscapes}. */
    protected static String quoteText(String s, boolean backslashEscapes) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('\'');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'') {
                b.append('\'');
            } else if (c == '\\' && backslashEscapes) {
                b.append('\\');
            }
            b.append(c);
        }
        return b.append('\'').toString();
    }

    /** A number as an SQL numeric literal (plain notation; NaN and infinities have no portable literal). */
    protected static String numberLiteral(Number n) {
        if (n instanceof Double d && (d.isNaN() || d.isInfinite())
                || n instanceof Float f && (f.isNaN() || f.isInfinite())) {
            throw new IllegalArgumentException("no portable SQL literal for the default " + n);
        }
        if (n instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (n instanceof Double || n instanceof Float) {
            return new BigDecimal(n.toString()).toPlainString();
        }
        return n.toString();
    }

    private static Boolean toBoolean(Object v) {
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof Number n) {
            return n.longValue() != 0;
        }
        String s = text(v);
        return s.equals("1") || s.equalsIgnoreCase("true") || s.equalsIgnoreCase("t");
    }

    private static BigDecimal toDecimal(Object v) {
        if (v instanceof BigDecimal d) {
            return d;
        }
        if (v instanceof Numeric n) {
            return n.bigDecimalValue();
        }
        if (v instanceof BigInteger i) {
            return new BigDecimal(i);
        }
        if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return BigDecimal.valueOf(((Number) v).longValue());
        }
        return new BigDecimal(text(v)); // text, or a double's shortest decimal form
    }

    private static byte[] toBytes(Object v) {
        if (v instanceof byte[] b) {
            return b;
        }
        if (v instanceof Buffer b) {
            return b.getBytes();
        }
        return text(v).getBytes(StandardCharsets.UTF_8);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object toEnum(Object v, Class<?> javaType) {
        if (javaType.isInstance(v)) {
            return v;
        }
        return Enum.valueOf((Class) javaType, text(v));
    }

    /** A driver value as text ({@link Buffer}s and byte arrays decoded as UTF-8). */
    protected static String text(Object v) {
        if (v instanceof Buffer b) {
            return b.toString(StandardCharsets.UTF_8);
        }
        if (v instanceof byte[] b) {
            return new String(b, StandardCharsets.UTF_8);
        }
        return v.toString();
    }
}
