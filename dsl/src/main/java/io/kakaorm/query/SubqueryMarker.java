package io.kakaorm.query;

/**
 * Implemented by queries that can stand as an {@code IN (SELECT …)} subquery in a lambda:
 * {@code p -> Sql.in(p.authorId, activeAuthors)}.
 *
 * <p>The lambda decoder does not look inside: it decodes {@code Sql.in(value, subquery)} to an
 * {@link io.kakaorm.expr.InParam} whose parameter value, read at call time, is this object. The query
 * builder replaces such an {@code InParam} by an {@link io.kakaorm.expr.InSubquery} built from it.
 */
public interface SubqueryMarker {}
