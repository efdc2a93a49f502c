package io.kakaorm.query;

import io.kakaorm.expr.Binary;
import io.kakaorm.expr.BinaryOp;
import io.kakaorm.expr.ColumnRef;
import io.kakaorm.expr.Expr;
import io.kakaorm.expr.SubqueryNode;
import io.kakaorm.expr.Unary;
import io.kakaorm.expr.UnaryOp;
import io.kakaorm.meta.ColumnMeta;
import io.kakaorm.meta.ModelMeta;
import java.util.ArrayList;
import java.util.List;

/**
 * A SELECT statement, as data. Build it with {@link #from(ModelMeta)} and the {@code with…} methods
 * (each returns a new value); dialects render it.
 *
 * @param from     the model whose table is the FROM (source 0)
 * @param items    the select list; empty means every column of {@code from} (and of each joined model), in
 *                 model order
 * @param where    the predicate, or {@code null}
 * @param orderBy  ORDER BY keys
 * @param limit    LIMIT, or {@code null}
 * @param offset   OFFSET, or {@code null}
 * @param joins    joined models: join {@code i} is source {@code i + 1}
 * @param groupBy  GROUP BY keys
 * @param having   the HAVING predicate, or {@code null}
 * @param distinct SELECT DISTINCT
 */
public record Select(
        ModelMeta<?> from,
        List<SelectItem> items,
        Expr where,
        List<OrderItem> orderBy,
        Long limit,
        Long offset,
        List<Join> joins,
        List<Expr> groupBy,
        Expr having,
        boolean distinct)
        implements SubqueryNode {

    public Select {
        items = List.copyOf(items);
        orderBy = List.copyOf(orderBy);
        joins = List.copyOf(joins);
        groupBy = List.copyOf(groupBy);
    }

    /** A statement over one table, without joins, grouping or DISTINCT. */
    public Select(
            ModelMeta<?> from, List<SelectItem> items, Expr where, List<OrderItem> orderBy, Long limit, Long offset) {
        this(from, items, where, orderBy, limit, offset, List.of(), List.of(), null, false);
    }

    /**
     * {@code SELECT <all columns> FROM <table>}; for a {@code SoftDeleteModel}, {@code WHERE deleted_at IS
     * NULL} (the first predicate: add more with {@link #and}, which keeps it, not {@link #withWhere}).
     */
    public static Select from(ModelMeta<?> model) {
        ColumnMeta soft = model.softDeleteColumn();
        Expr scope = soft == null ? null : new Unary(UnaryOp.IS_NULL, new ColumnRef(soft));
        return new Select(model, List.of(), scope, List.of(), null, null);
    }

    /** This statement with {@code items} as the select list. */
    public Select withItems(List<SelectItem> newItems) {
        return new Select(from, newItems, where, orderBy, limit, offset, joins, groupBy, having, distinct);
    }

    /** This statement with {@code predicate} ANDed to its WHERE. */
    public Select and(Expr predicate) {
        return withWhere(where == null ? predicate : new Binary(BinaryOp.AND, where, predicate));
    }

    /** This statement with its WHERE replaced. */
    public Select withWhere(Expr predicate) {
        return new Select(from, items, predicate, orderBy, limit, offset, joins, groupBy, having, distinct);
    }

    /** This statement with one more ORDER BY key. */
    public Select orderedBy(OrderItem key) {
        List<OrderItem> keys = new ArrayList<>(orderBy);
        keys.add(key);
        return withOrderBy(keys);
    }

    /** This statement with its ORDER BY replaced. */
    public Select withOrderBy(List<OrderItem> keys) {
        return new Select(from, items, where, keys, limit, offset, joins, groupBy, having, distinct);
    }

    /** This statement with a LIMIT. */
    public Select withLimit(Long n) {
        return new Select(from, items, where, orderBy, n, offset, joins, groupBy, having, distinct);
    }

    /** This statement with an OFFSET. */
    public Select withOffset(Long n) {
        return new Select(from, items, where, orderBy, limit, n, joins, groupBy, having, distinct);
    }

    /** This statement with one more joined model (source {@code joins().size() + 1}). */
    public Select withJoin(Join join) {
        List<Join> all = new ArrayList<>(joins);
        all.add(join);
        return new Select(from, items, where, orderBy, limit, offset, all, groupBy, having, distinct);
    }

    /** This statement with its GROUP BY keys replaced. */
    public Select withGroupBy(List<Expr> keys) {
        return new Select(from, items, where, orderBy, limit, offset, joins, keys, having, distinct);
    }

    /** This statement with {@code predicate} ANDed to its HAVING. */
    public Select andHaving(Expr predicate) {
        Expr h = having == null ? predicate : new Binary(BinaryOp.AND, having, predicate);
        return new Select(from, items, where, orderBy, limit, offset, joins, groupBy, h, distinct);
    }

    /** This statement with SELECT DISTINCT on or off. */
    public Select withDistinct(boolean on) {
        return new Select(from, items, where, orderBy, limit, offset, joins, groupBy, having, on);
    }

    /** The model of FROM source {@code source}: 0 is {@link #from()}, {@code i + 1} is join {@code i}. */
    public ModelMeta<?> source(int source) {
        return source == 0 ? from : joins.get(source - 1).model();
    }

    /** Whether this statement reads more than one table (its column references must be qualified). */
    public boolean isJoined() {
        return !joins.isEmpty();
    }

    /** Whether the rows are groups ({@code GROUP BY}, or aggregates with a HAVING). */
    public boolean isGrouped() {
        return !groupBy.isEmpty() || having != null;
    }

    /**
     * Whether source {@code source} may be missing from a result row (its columns NULL): the joined model of
     * a LEFT JOIN, and every source before a RIGHT JOIN.
     */
    public boolean mayBeMissing(int source) {
        for (int i = 0; i < joins.size(); i++) {
            JoinKind k = joins.get(i).kind();
            if (k == JoinKind.LEFT && source == i + 1 || k == JoinKind.RIGHT && source <= i) {
                return true;
            }
        }
        return false;
    }
}
