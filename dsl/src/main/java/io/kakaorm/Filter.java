package io.kakaorm;

import java.io.Serializable;

/**
 * A row predicate written as a lambda ({@code p -> p.published && p.views >= min}); decoded from its
 * bytecode into SQL. Placeholder until the decoder branch provides the real interface.
 *
 * @param <T> the model
 */
@FunctionalInterface
public interface Filter<T> extends Serializable {
    /** The predicate in plain Java. */
    boolean test(T row);
}
