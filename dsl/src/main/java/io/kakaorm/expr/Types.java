package io.kakaorm.expr;

/** Java's binary numeric promotion on {@link ColumnType}s. */
final class Types {
    private Types() {}

    static ColumnType widen(ColumnType a, ColumnType b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        if (a == ColumnType.DECIMAL || b == ColumnType.DECIMAL) {
            return ColumnType.DECIMAL;
        }
        if (a == ColumnType.DOUBLE || b == ColumnType.DOUBLE) {
            return ColumnType.DOUBLE;
        }
        if (a == ColumnType.FLOAT || b == ColumnType.FLOAT) {
            return ColumnType.FLOAT;
        }
        if (a == ColumnType.LONG || b == ColumnType.LONG) {
            return ColumnType.LONG;
        }
        if (a.isInteger() && b.isInteger()) {
            return ColumnType.INT;
        }
        return a;
    }
}
