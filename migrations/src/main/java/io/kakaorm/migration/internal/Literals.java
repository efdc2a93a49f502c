package io.kakaorm.migration.internal;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;

/** SQL literals for DEFAULT clauses, from values already converted for the driver. */
public final class Literals {
    private Literals() {
    }

    /**
     * The literal of {@code v}.
     *
     * @param backslashEscapes whether a backslash escapes inside a string (MySQL/MariaDB)
     * @param booleanWords     TRUE/FALSE (PostgreSQL) instead of 1/0
     */
    public static String standard(Object v, boolean backslashEscapes, boolean booleanWords) {
        if (v == null) {
            return null;
        }
        if (v instanceof Boolean) {
            boolean b = (Boolean) v;
            return booleanWords ? (b ? "TRUE" : "FALSE") : (b ? "1" : "0");
        }
        if (v instanceof BigDecimal) {
            return ((BigDecimal) v).toPlainString();
        }
        if (v instanceof Double || v instanceof Float) {
            return BigDecimal.valueOf(((Number) v).doubleValue()).toPlainString();
        }
        if (v instanceof Number) {
            return v.toString();
        }
        String s;
        if (v instanceof LocalDateTime) {
            s = v.toString().replace('T', ' ');
        } else if (v instanceof LocalTime) {
            s = v.toString();
        } else if (v instanceof Enum<?>) {
            s = ((Enum<?>) v).name();
        } else {
            s = v.toString();
        }
        if (backslashEscapes) {
            s = s.replace("\\", "\\\\");
        }
        return "'" + s.replace("'", "''") + "'";
    }
}
