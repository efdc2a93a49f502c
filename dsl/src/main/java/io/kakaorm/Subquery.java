package io.kakaorm;

import java.util.List;

/**
 * A query usable inside another one: {@code Sql.in(p.authorId, activeAuthors)} or
 * {@link Query#whereIn(Selector, Subquery)}. A {@link Query} of models contributes its primary key; a
 * query narrowed by {@code select(a -> a.id)} contributes that column. Sealed: {@link Query},
 * {@link ProjectedQuery} and {@link Exists} are the subqueries there are.
 */
public sealed interface Subquery permits Query, ProjectedQuery, Exists {
    /** The values of its parameter slots. */
    List<Object> parameters();
}
