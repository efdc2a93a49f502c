package io.kakaorm;

/**
 * A row of a two-model join as model instances: {@code db.from(Post.class).leftJoin(Author.class, …).list()}.
 * A model on the missing side of an outer join is {@code null}.
 *
 * @param first  the query's own model
 * @param second the joined model
 * @param <A>    the first model
 * @param <B>    the second model
 */
public record Pair<A, B>(A first, B second) {}
