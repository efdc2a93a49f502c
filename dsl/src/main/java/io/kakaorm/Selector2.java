package io.kakaorm;

import java.io.Serializable;

/**
 * A value computed from two joined rows, translated to SQL like {@link Selector}: an ORDER BY or GROUP BY
 * key ({@code (p, a) -> a.name}) or a projection ({@code (p, a) -> new PostRow(p.title, a.name)}).
 *
 * @param <A> the first row type (source 0)
 * @param <B> the second row type (source 1)
 * @param <R> the result type
 */
@FunctionalInterface
public interface Selector2<A, B, R> extends Serializable {
    /**
     * The value for a pair of rows; its plain-Java meaning is what the SQL computes.
     *
     * @param a the first row
     * @param b the second row
     * @return the value
     */
    R apply(A a, B b);
}
