package io.kakaorm;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the field that guards a row against lost updates (optimistic locking). Allowed types:
 * {@code int}, {@code long}, {@code Integer}, {@code Long} (a counter) and {@code Instant},
 * {@code OffsetDateTime}, {@code LocalDateTime} (a timestamp, in microseconds).
 *
 * <pre>{@code
 * public class Post extends Model<Post> {
 *     public String title;
 *     @Version public long version;
 * }
 * }</pre>
 *
 * <p>An INSERT writes the field (a {@code null} becomes 0, or the current time). Every UPDATE and
 * DELETE of an instance adds {@code AND version = <the field's value>} to its WHERE, and an UPDATE sets
 * the next value (the counter plus one, or the current time) and stores it in the field. When no row
 * matches, someone else changed or deleted the row since this instance read it: the save or delete fails
 * with {@link OptimisticLockException}, nothing is written and the field keeps its value. A bulk
 * {@code Query.update(...)} bumps the version of every row it changes. A model has at most one
 * {@code @Version} field; it cannot be the primary key.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Version {}
