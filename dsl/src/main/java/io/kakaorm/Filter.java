package io.kakaorm;

import java.io.Serializable;

/**
 * A predicate over one row, written as a Java lambda and translated to SQL:
 * {@code p -> p.published && p.views >= min}.
 *
 * <p>The lambda is never run against rows: KakaORM reads its bytecode and renders the same meaning in
 * SQL. Captured variables and any part that does not depend on the row are evaluated in Java each time
 * the query runs and sent as bind parameters. What can be written is listed in the README; anything
 * else fails with {@link QueryTranslationException} naming the lambda's source line. A method
 * reference to a getter or a predicate method of the model ({@code Post::isPublished}) works too.
 *
 * @param <T> the row (model) type
 */
@FunctionalInterface
public interface Filter<T> extends Serializable {
    /**
     * Whether {@code row} matches; this plain-Java meaning is exactly what the SQL selects.
     *
     * @param row a row
     * @return whether it matches
     */
    boolean test(T row);
}
