package io.kakaorm.spi;

import io.kakaorm.Query;
import io.kakaorm.expr.Expr;
import io.kakaorm.query.Select;
import java.lang.invoke.MethodHandles;
import java.util.List;

/**
 * The members of {@link Query} that only KakaORM's own code uses: a query run by a given executor, a
 * condition given as an expression tree, and the statement a query stands for. Not API: the package is
 * exported only to the sibling modules, and {@code Query} installs the {@link Door} when it loads (the
 * JDK's "shared secrets").
 */
public final class QueryAccess {
    private static volatile Door door;

    private QueryAccess() {}

    /** What {@code io.kakaorm} lets this class do; implemented there, installed once by {@code Query}. */
    public interface Door {
        /** See {@link QueryAccess#from}. */
        <T> Query<T> from(Class<T> model, QueryExecutor executor);

        /** See {@link QueryAccess#where}. */
        <T> Query<T> where(Query<T> query, Expr predicate, List<?> values);

        /** See {@link QueryAccess#select}. */
        Select select(Query<?> query);
    }

    /** Called by {@code Query}'s static initializer; a second call fails. */
    public static void install(Door d) {
        if (door != null) {
            throw new IllegalStateException("QueryAccess's door is installed already");
        }
        door = d;
    }

    private static Door door() {
        Door d = door;
        if (d == null) {
            try {
                MethodHandles.lookup().ensureInitialized(Query.class);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
            d = door;
        }
        return d;
    }

    /**
     * A query of every row of {@code model} run by {@code executor}; the runtime's {@code Database.from(Class)}
     * calls this. A {@code null} executor makes a query usable only as a subquery or to build statements.
     */
    public static <T> Query<T> from(Class<T> model, QueryExecutor executor) {
        return door().from(model, executor);
    }

    /**
     * {@code query} narrowed by an expression tree built in code (relations, prefetch). {@code values.get(i)} is
     * the value of {@code Param} slot {@code i}.
     */
    public static <T> Query<T> where(Query<T> query, Expr predicate, List<?> values) {
        return door().where(query, predicate, values);
    }

    /** The statement of {@code query}, as data (select list empty: every column). */
    public static Select select(Query<?> query) {
        return door().select(query);
    }
}
