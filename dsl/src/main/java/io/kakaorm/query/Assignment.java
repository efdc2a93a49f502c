package io.kakaorm.query;

import io.kakaorm.expr.Expr;
import io.kakaorm.meta.ColumnMeta;

/** {@code column = value} in an UPDATE. */
public record Assignment(ColumnMeta column, Expr value) {}
