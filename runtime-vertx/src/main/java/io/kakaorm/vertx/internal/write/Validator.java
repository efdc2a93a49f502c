package io.kakaorm.vertx.internal.write;

import io.kakaorm.ValidationException;
import io.kakaorm.expr.ColumnType;
import io.kakaorm.meta.ColumnMeta;
import java.math.BigDecimal;

/** Checks values before any SQL is sent, so every database rejects the same values. */
final class Validator {
    private Validator() {}

    /**
     * Fails on a too-long String, a decimal with more integer digits than its column's precision leaves
     * (PostgreSQL and MariaDB would refuse it, SQLite would store it), or a NULL in a NOT NULL column that
     * the database will not fill. Decimals are checked after rounding to the column's scale.
     */
    static void check(Class<?> model, ColumnMeta c, Object value) {
        if (value == null) {
            if (!c.nullable() && !c.autoIncrement() && c.defaultValue() == null) {
                throw new ValidationException(
                        model, c.fieldName(), "must not be null (column " + c.name() + " is NOT NULL)");
            }
            return;
        }
        if (c.type() == ColumnType.STRING && c.maxLength() > 0) {
            String s = (String) value;
            int length = s.codePointCount(0, s.length());
            if (length > c.maxLength()) {
                throw new ValidationException(
                        model,
                        c.fieldName(),
                        "is " + length + " characters long; the column allows at most " + c.maxLength());
            }
        }
        if (value instanceof BigDecimal d && c.precision() > 0) {
            int integerDigits = Math.max(0, d.precision() - d.scale());
            if (d.signum() != 0 && integerDigits > c.precision() - c.scale()) {
                throw new ValidationException(
                        model,
                        c.fieldName(),
                        "is " + d.toPlainString() + ", with "
                                + integerDigits + " digits before the point; NUMERIC(" + c.precision() + ", "
                                + c.scale()
                                + ") allows at most " + (c.precision() - c.scale()));
            }
        }
    }
}
