package io.kakaorm.dialect.sql;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The elements of an {@code InParam} collection split into non-null values and whether a null was
 * among them (SQL {@code IN} never matches NULL; Java's {@code contains(null)} does).
 */
record InValues(List<Object> nonNull, boolean hasNull) {

    static InValues of(Object collection) {
        if (collection == null) {
            throw new IllegalArgumentException("the collection of an IN is null");
        }
        Iterable<?> items;
        if (collection instanceof Collection<?> c) {
            items = c;
        } else if (collection instanceof Object[] a) {
            items = Arrays.asList(a);
        } else if (collection instanceof Iterable<?> it) {
            items = it;
        } else {
            throw new IllegalArgumentException("IN needs a collection or array, not "
                    + collection.getClass().getName());
        }
        List<Object> out = new ArrayList<>();
        boolean sawNull = false;
        for (Object o : items) {
            if (o == null) {
                sawNull = true;
            } else {
                out.add(o);
            }
        }
        return new InValues(out, sawNull);
    }
}
