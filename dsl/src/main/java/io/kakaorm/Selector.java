package io.kakaorm;

import java.io.Serializable;

/**
 * A value computed from one row, written as a Java lambda and translated to SQL: an ORDER BY key
 * ({@code p -> p.views}), a selected column, an expression ({@code p -> p.views * 2}), an aggregate
 * ({@code p -> Sql.sum(p.views)}) or a projection into a record or class through its constructor
 * ({@code p -> new TitleViews(p.title, p.views)}).
 *
 * <p>Like {@link Filter}, the lambda is decoded from its bytecode rather than run; captured values become
 * bind parameters read at each call.
 *
 * @param <T> the row (model) type
 * @param <R> the result type
 */
@FunctionalInterface
public interface Selector<T, R> extends Serializable {
    /**
     * The value for {@code row}; its plain-Java meaning is what the SQL computes.
     *
     * @param row a row
     * @return the value
     */
    R apply(T row);
}
