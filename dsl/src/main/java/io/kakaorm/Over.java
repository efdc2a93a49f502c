package io.kakaorm;

/**
 * The window of a window function in a query lambda: {@code Sql.over().partitionBy(p.authorId).orderByDesc(p.views)}.
 * Only meaningful inside a query lambda, where the decoder reads it; each method returns the window with
 * more keys.
 *
 * <pre>{@code
 * db.from(Post.class).select(p -> new Ranked(p.title,
 *         rank(over().partitionBy(p.authorId).orderByDesc(p.views)),
 *         sum(p.views, over().orderBy(p.id))))          // running total
 * }</pre>
 */
public final class Over {
    static final Over EMPTY = new Over();

    private Over() {}

    /** The window split into partitions by these keys (PARTITION BY). */
    public Over partitionBy(Object... keys) {
        throw SqlJava.onlyInQuery("Over.partitionBy(...)");
    }

    /** The rows of each partition in ascending order of these keys (ORDER BY), NULLs first. */
    public Over orderBy(Object... keys) {
        throw SqlJava.onlyInQuery("Over.orderBy(...)");
    }

    /** The rows of each partition in descending order of these keys (ORDER BY … DESC), NULLs last. */
    public Over orderByDesc(Object... keys) {
        throw SqlJava.onlyInQuery("Over.orderByDesc(...)");
    }
}
