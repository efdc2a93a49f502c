package io.kakaorm.query;

import io.kakaorm.expr.Expr;
import io.kakaorm.expr.SubqueryNode;
import io.kakaorm.meta.ModelMeta;
import java.util.ArrayList;
import java.util.List;

/**
 * A SELECT statement, as data. Build it with {@link #from(ModelMeta)} and the {@code with…} methods
 * (each returns a new value); dialects render it.
 *
 * @param from    the model whose table is the FROM (source 0)
 * @param items   the select list; empty means every column of {@code from}, in model order
 * @param where   the predicate, or {@code null}
 * @param orderBy ORDER BY keys
 * @param limit   LIMIT, or {@code null}
 * @param offset  OFFSET, or {@code null}
 */
public record Select(ModelMeta<?> from, List<SelectItem> items, Expr where, List<OrderItem> orderBy, Long limit,
        Long offset) implements SubqueryNode {

    public Select {
        items = List.copyOf(items);
        orderBy = List.copyOf(orderBy);
    }

    /** {@code SELECT <all columns> FROM <table>}. */
    public static Select from(ModelMeta<?> model) {
        return new Select(model, List.of(), null, List.of(), null, null);
    }

    /** This statement with {@code items} as the select list. */
    public Select withItems(List<SelectItem> newItems) {
        return new Select(from, newItems, where, orderBy, limit, offset);
    }

    /** This statement with {@code predicate} ANDed to its WHERE. */
    public Select and(Expr predicate) {
        Expr w = where == null ? predicate
                : new io.kakaorm.expr.Binary(io.kakaorm.expr.BinaryOp.AND, where, predicate);
        return new Select(from, items, w, orderBy, limit, offset);
    }

    /** This statement with its WHERE replaced. */
    public Select withWhere(Expr predicate) {
        return new Select(from, items, predicate, orderBy, limit, offset);
    }

    /** This statement with one more ORDER BY key. */
    public Select orderedBy(OrderItem key) {
        List<OrderItem> keys = new ArrayList<>(orderBy);
        keys.add(key);
        return new Select(from, items, where, keys, limit, offset);
    }

    /** This statement with its ORDER BY replaced. */
    public Select withOrderBy(List<OrderItem> keys) {
        return new Select(from, items, where, keys, limit, offset);
    }

    /** This statement with a LIMIT. */
    public Select withLimit(Long n) {
        return new Select(from, items, where, orderBy, n, offset);
    }

    /** This statement with an OFFSET. */
    public Select withOffset(Long n) {
        return new Select(from, items, where, orderBy, limit, n);
    }
}
