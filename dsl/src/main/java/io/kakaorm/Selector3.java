package io.kakaorm;

import java.io.Serializable;

/**
 * A value computed from three joined rows, translated to SQL like {@link Selector}.
 *
 * @param <A> the first row type (source 0)
 * @param <B> the second row type (source 1)
 * @param <C> the third row type (source 2)
 * @param <R> the result type
 */
@FunctionalInterface
public interface Selector3<A, B, C, R> extends Serializable {
    /**
     * The value for three rows; its plain-Java meaning is what the SQL computes.
     *
     * @param a the first row
     * @param b the second row
     * @param c the third row
     * @return the value
     */
    R apply(A a, B b, C c);
}
