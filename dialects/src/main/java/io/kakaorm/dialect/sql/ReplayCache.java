package io.kakaorm.dialect.sql;

import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@link ReplayPlan} of statements by identity: the runtime and the query builder hand the same
 * statement instance again for the same call site (a by-key select per model, a lambda's memoised
 * select), and its next render is then a few null checks and conversions. Bounded: cleared when full.
 * Thread-safe.
 */
final class ReplayCache {
    private static final int MAX_ENTRIES = 4096;
    private final ConcurrentHashMap<Same, ReplayPlan> plans = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Same, Boolean> seen = new ConcurrentHashMap<>();

    /** A statement by identity: records compare by their whole tree, which is what this cache avoids. */
    private record Same(Object statement) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Same s && s.statement == statement;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(statement);
        }
    }

    ReplayPlan get(Object statement) {
        return plans.get(new Same(statement));
    }

    /**
     * Whether {@code statement} is worth a plan: true the second time it is asked about. A statement built
     * afresh on every call (an {@code IN} over a capture) is asked about once, and only marked as seen.
     */
    boolean seenBefore(Object statement) {
        Same key = new Same(statement);
        if (seen.remove(key) != null) {
            return true;
        }
        if (seen.size() >= MAX_ENTRIES) {
            seen.clear();
        }
        seen.put(key, Boolean.TRUE);
        return false;
    }

    void put(Object statement, ReplayPlan plan) {
        if (plans.size() >= MAX_ENTRIES) {
            plans.clear(); // a flood of statements that each came back once: start over rather than grow
        }
        plans.put(new Same(statement), plan);
    }
}
