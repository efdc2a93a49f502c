package io.kakaorm;

/**
 * A row of a three-model join as model instances; a model on the missing side of an outer join is
 * {@code null}.
 *
 * @param first  the query's own model
 * @param second the first joined model
 * @param third  the second joined model
 * @param <A>    the first model
 * @param <B>    the second model
 * @param <C>    the third model
 */
public record Triple<A, B, C>(A first, B second, C third) {}
