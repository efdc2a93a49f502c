package io.kakaorm.vertx.internal.write;

import io.kakaorm.ValidationException;
import io.kakaorm.meta.ColumnMeta;
import io.kakaorm.expr.ColumnType;

/** Checks values before any SQL is sent, so every database rejects the same values. */
final class Validator {
    private Validator() {
    }

    /** Fails on a too-long String or a NULL in a NOT NULL column that the database will not fill. */
    static void check(Class<?> model, ColumnMeta c, Object value) {
        if (value == null) {
            if (!c.nullable() && !c.autoIncrement() && c.defaultValue() == null) {
                throw new ValidationException(model, c.fieldName(), "must not be null (column "
                        + c.name() + " is NOT NULL)");
            }
            return;
        }
        if (c.type() == ColumnType.STRING && c.maxLength() > 0) {
            String s = (String) value;
            int length = s.codePointCount(0, s.length());
            if (length > c.maxLength()) {
                throw new ValidationException(model, c.fieldName(), "is " + length
                        + " characters long; the column allows at most " + c.maxLength());
            }
        }
    }
}
