package io.kakaorm;

import java.io.Serializable;

/**
 * A predicate over two rows (a join condition or a filter over a joined pair), translated to SQL like
 * {@link Filter}: {@code (p, a) -> p.authorId.equals(a.id)}.
 *
 * @param <A> the first row type (source 0)
 * @param <B> the second row type (source 1)
 */
@FunctionalInterface
public interface Filter2<A, B> extends Serializable {
    /**
     * Whether the pair matches.
     *
     * @param a the first row
     * @param b the second row
     * @return whether they match
     */
    boolean test(A a, B b);
}
