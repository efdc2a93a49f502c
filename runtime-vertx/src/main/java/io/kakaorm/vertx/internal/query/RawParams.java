package io.kakaorm.vertx.internal.query;

import io.kakaorm.ParameterException;
import io.kakaorm.dialect.Dialect;
import io.kakaorm.dialect.sql.RawSql;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Checks the parameters of raw SQL before anything is sent: their count must equal the statement's
 * {@code ?} placeholders (outside quotes and comments) and each value must be of a type every database
 * binds the same way, so that SQLite never binds a missing value as NULL and MariaDB never sends an
 * object's {@code toString()}.
 */
final class RawParams {
    private static final Set<Class<?>> SCALARS = Set.of(
            String.class,
            Boolean.class,
            Byte.class,
            Short.class,
            Integer.class,
            Long.class,
            Float.class,
            Double.class,
            BigDecimal.class,
            byte[].class,
            UUID.class,
            LocalDate.class,
            LocalTime.class,
            LocalDateTime.class,
            OffsetDateTime.class,
            Instant.class);

    private RawParams() {}

    /**
     * @throws ParameterException naming the count expected and given, or the position and type of an
     *                            unsupported value
     */
    static void check(Dialect dialect, String sql, List<?> params) {
        int expected = RawSql.count(sql, dialect.features().backslashEscapes());
        if (expected != params.size()) {
            throw new ParameterException("The SQL has " + expected + " ? placeholder(s) but " + params.size()
                    + " parameter(s) were given: " + abbreviate(sql));
        }
        for (int i = 0; i < params.size(); i++) {
            Object p = params.get(i);
            if (p == null || p instanceof Enum<?> || SCALARS.contains(p.getClass())) {
                continue;
            }
            if (dialect.arrayParameters() && p instanceof Object[] a && scalarArray(a)) {
                continue; // PostgreSQL binds arrays: WHERE id = ANY(?)
            }
            throw new ParameterException(
                    "Parameter " + (i + 1) + " is a " + p.getClass().getName()
                            + ", which cannot be bound; use String, Boolean, a number (Integer, Long, Double, BigDecimal, …),"
                            + " byte[], UUID, an enum, LocalDate, LocalTime, LocalDateTime, OffsetDateTime or Instant"
                            + (dialect.arrayParameters() ? " (or an array of these)" : "") + ": " + abbreviate(sql));
        }
    }

    private static boolean scalarArray(Object[] a) {
        for (Object o : a) {
            if (o != null && !(o instanceof Enum<?>) && !SCALARS.contains(o.getClass())) {
                return false;
            }
        }
        return true;
    }

    private static String abbreviate(String sql) {
        return sql.length() <= 200 ? sql : sql.substring(0, 200) + "…";
    }
}
