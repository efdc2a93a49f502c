package io.kakaorm.expr;

/**
 * A statement nested in the tree by {@link InSubquery}. The statement model ({@code io.kakaorm.query.Select})
 * implements it, so the tree can hold a subquery without depending on the statement model; renderers that
 * write the nested SELECT know the concrete statement type.
 */
public interface SubqueryNode {}
