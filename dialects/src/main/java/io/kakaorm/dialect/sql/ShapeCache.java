package io.kakaorm.dialect.sql;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The rendered text of statements by shape: the statement record (whose {@code equals} is its SQL
 * shape, values being slots) plus the value-dependent decisions of its render. A hit skips building
 * the text; the binds are always recomputed. Bounded: cleared when full. Thread-safe.
 *
 * <p>Hashing a statement record walks its whole tree (items, where, order), which cost about as much as
 * the rest of a primary-key {@code get}. Callers often pass the very same instance again (the runtime's
 * by-key {@code Select} per model), so an identity map sits in front of the structural one: a statement
 * instance that hits the structural map twice in a row is remembered by identity, and later lookups of
 * it skip the structural hash. Statements are immutable records, so identity implies the same text.
 */
final class ShapeCache {
    private static final int MAX_ENTRIES = 4096;
    private static final int MAX_SAME = 256;
    private final ConcurrentHashMap<Key, String> texts = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Same, String> byIdentity = new ConcurrentHashMap<>();
    private volatile Object lastHit;

    private record Key(Object statement, int[] decisions, int hash) {
        Key(Object statement, int[] decisions) {
            this(statement, decisions, 31 * statement.hashCode() + Arrays.hashCode(decisions));
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k
                    && hash == k.hash
                    && Arrays.equals(decisions, k.decisions)
                    && (statement == k.statement || statement.equals(k.statement));
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** A statement by identity (no tree walk) plus its decisions. */
    private record Same(Object statement, int[] decisions, int hash) {
        Same(Object statement, int[] decisions) {
            this(statement, decisions, 31 * System.identityHashCode(statement) + Arrays.hashCode(decisions));
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Same s
                    && statement == s.statement
                    && hash == s.hash
                    && Arrays.equals(decisions, s.decisions);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    String get(Object statement, int[] decisions) {
        String sql = byIdentity.get(new Same(statement, decisions));
        if (sql != null) {
            return sql;
        }
        sql = texts.get(new Key(statement, decisions));
        if (sql != null) {
            if (lastHit == statement) {
                if (byIdentity.size() >= MAX_SAME) {
                    byIdentity.clear();
                }
                byIdentity.put(new Same(statement, decisions.clone()), sql);
            } else {
                lastHit = statement;
            }
        }
        return sql;
    }

    void put(Object statement, int[] decisions, String sql) {
        if (texts.size() >= MAX_ENTRIES) {
            texts.clear(); // statements are few per application; a flood of shapes means IN lists of many sizes
        }
        texts.put(new Key(statement, decisions), sql);
    }
}
