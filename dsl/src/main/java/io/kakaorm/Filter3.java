package io.kakaorm;

import java.io.Serializable;

/**
 * A predicate over three rows (a join condition or a filter of a three-model join), translated to SQL
 * like {@link Filter}: {@code (p, a, c) -> c.postId.equals(p.id)}. A row on the missing side of an outer
 * join is {@code null}, as the lambda would see it in Java.
 *
 * @param <A> the first row type (source 0)
 * @param <B> the second row type (source 1)
 * @param <C> the third row type (source 2)
 */
@FunctionalInterface
public interface Filter3<A, B, C> extends Serializable {
    /**
     * Whether the triple matches.
     *
     * @param a the first row
     * @param b the second row
     * @param c the third row
     * @return whether they match
     */
    boolean test(A a, B b, C c);
}
