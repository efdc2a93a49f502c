package io.kakaorm;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that the field references the primary key of another model.
 * <pre>{@code @ForeignKey(value = Author.class, onDelete = OnDelete.SET_NULL) public Long authorId;}</pre>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface ForeignKey {
    /** The referenced model; the reference is to its primary key, whatever its name and type. */
    Class<? extends Model<?>> value();

    /** What the database does to this row when the referenced row is deleted. */
    OnDelete onDelete() default OnDelete.CASCADE;
}
