/**
 * The expression tree that query lambdas decode into and dialects render: a sealed {@link
 * io.kakaorm.expr.Expr} with one record per node and an {@link io.kakaorm.expr.ExprVisitor}, so that a
 * new node does not compile until every renderer handles it. Nodes carry Java meaning (two-valued
 * comparisons, truncating integer division, case-sensitive strings); the dialects bridge SQL to it.
 * Values are never in the tree: {@link io.kakaorm.expr.Param} holds a slot, so equal trees are equal SQL
 * shapes. Immutable and thread-safe.
 */
package io.kakaorm.expr;
