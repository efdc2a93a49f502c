package io.kakaorm.vertx.internal.exec;

/**
 * How a model mapper turns a driver value of one of its columns into the field's value; what a
 * {@link DbRow#loadedState kept row} reads its columns through.
 */
public interface ColumnValues {
    /**
     * The Java value of model column {@code column} for the driver value {@code raw} (as {@link DbRow#raw}
     * returns it), normalised through {@code row} when it must be converted; a mutable value is a new copy.
     */
    Object javaValue(int column, Object raw, DbRow row);

    /**
     * Per column, whether the driver's value is taken as it is, without {@link #javaValue}: the field's type
     * is a final, immutable class and a cast checks each value (a generated fill). An entry only ever turns
     * from {@code true} to {@code false}, when a value of another class is seen.
     */
    boolean[] asIs();

    /**
     * Whether every entry of {@link #asIs()} was {@code true} when last looked at: a kept row may then read
     * every column as it is. Valid for a row whose values all passed the generated fill's casts; a mapper whose
     * fill failed asks again for the row's loaded state.
     */
    boolean allAsIs();

    /**
     * Per column, whether a {@code Byte} driver value is the boolean {@code b != 0} (MariaDB's TINYINT(1) for
     * every boolean column): what {@link #javaValue} would return for it, without the call.
     */
    boolean[] booleansFromBytes();
}
