package io.kakaorm.meta;

import io.kakaorm.expr.ColumnHandle;
import io.kakaorm.expr.ColumnType;

/**
 * Everything KakaORM knows about one column of a model. Built once per model class by
 * {@link ModelMeta#of(Class)}; immutable and thread-safe.
 *
 * @param fieldName     the Java field name
 * @param name          the SQL column name
 * @param javaType      the field's declared type (primitive types stay primitive)
 * @param type          the logical column type
 * @param nullable      whether NULL is allowed
 * @param primaryKey    whether this is the primary key
 * @param autoIncrement whether the database generates the value
 * @param unique        whether a UNIQUE constraint is on this column alone
 * @param indexed       whether a single-column index is on it
 * @param check         a CHECK expression in SQL, or {@code null}
 * @param maxLength     VARCHAR length, 0 for unbounded text
 * @param precision     NUMERIC precision, 0 when unset
 * @param scale         NUMERIC scale
 * @param defaultValue  the DEFAULT as a Java value of {@code javaType}, or {@code null} for none
 * @param autoNowAdd    set to the current time on insert
 * @param autoNow       set to the current time on insert and update
 * @param foreignKey    the reference, or {@code null}
 * @param accessor      reads and writes the field
 */
public record ColumnMeta(
        String fieldName,
        String name,
        Class<?> javaType,
        ColumnType type,
        boolean nullable,
        boolean primaryKey,
        boolean autoIncrement,
        boolean unique,
        boolean indexed,
        String check,
        int maxLength,
        int precision,
        int scale,
        Object defaultValue,
        boolean autoNowAdd,
        boolean autoNow,
        ForeignKeyMeta foreignKey,
        FieldAccessor accessor)
        implements ColumnHandle {

    /** The field's value on {@code model}. */
    public Object get(Object model) {
        return accessor.get(model);
    }

    /** Sets the field on {@code model}. */
    public void set(Object model, Object value) {
        accessor.set(model, value);
    }

    @Override
    public boolean equals(Object o) {
        return this == o; // one instance per column of a model class
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    @Override
    public String toString() {
        return "Column[" + name + " " + type + "]";
    }
}
