package io.kakaorm.json;

import io.kakaorm.expr.ColumnType;
import io.kakaorm.meta.ColumnMeta;
import java.math.BigDecimal;

/** The column rules a value from JSON must meet: the same the database enforces, checked first. */
final class FieldRules {
    private FieldRules() {}

    /** Whether a create must give the field: NOT NULL with nothing to fill it (no default, not generated). */
    static boolean required(ColumnMeta c) {
        return !c.nullable() && c.defaultValue() == null && !generated(c) && !c.autoNow() && !c.autoNowAdd();
    }

    /** Whether the database generates the field's value (an auto-increment key). */
    static boolean generated(ColumnMeta c) {
        return c.autoIncrement();
    }

    /** The reason {@code value} (already converted) breaks a rule of {@code c}, or {@code null}. */
    static String problem(ColumnMeta c, Object value) {
        if (value == null) {
            return c.nullable() ? null : "must not be null";
        }
        if (c.type() == ColumnType.STRING && c.maxLength() > 0) {
            String s = (String) value;
            int length = s.codePointCount(0, s.length());
            if (length > c.maxLength()) {
                return "is " + length + " characters long; at most " + c.maxLength() + " are allowed";
            }
        }
        if (c.type() == ColumnType.DECIMAL && (c.precision() > 0 || c.scale() > 0)) {
            BigDecimal d = ((BigDecimal) value).stripTrailingZeros();
            int decimals = Math.max(d.scale(), 0);
            if (decimals > c.scale()) {
                return "has " + decimals + " decimal places; at most " + c.scale() + " are allowed";
            }
            int whole = Math.max(d.precision() - d.scale(), 0);
            if (c.precision() > 0 && whole > c.precision() - c.scale()) {
                return "has " + whole + " digits before the decimal point; at most " + (c.precision() - c.scale())
                        + " are allowed (NUMERIC(" + c.precision() + ", " + c.scale() + "))";
            }
        }
        return null;
    }
}
