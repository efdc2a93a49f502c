package io.kakaorm.dialect.sql;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The rendered text of statements by shape: the statement record (whose {@code equals} is its SQL
 * shape, values being slots) plus the value-dependent decisions of its render. A hit skips building
 * the text; the binds are always recomputed. Bounded: cleared when full. Thread-safe.
 */
final class ShapeCache {
    private static final int MAX_ENTRIES = 4096;
    private final ConcurrentHashMap<Key, String> texts = new ConcurrentHashMap<>();

    private record Key(Object statement, int[] decisions, int hash) {
        Key(Object statement, int[] decisions) {
            this(statement, decisions, 31 * statement.hashCode() + Arrays.hashCode(decisions));
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && hash == k.hash && Arrays.equals(decisions, k.decisions)
                    && (statement == k.statement || statement.equals(k.statement));
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    String get(Object statement, int[] decisions) {
        return texts.get(new Key(statement, decisions));
    }

    void put(Object statement, int[] decisions, String sql) {
        if (texts.size() >= MAX_ENTRIES) {
            texts.clear(); // statements are few per application; a flood of shapes means IN lists of many sizes
        }
        texts.put(new Key(statement, decisions), sql);
    }
}
