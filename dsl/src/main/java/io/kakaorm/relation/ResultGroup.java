package io.kakaorm.relation;

import java.lang.System.Logger.Level;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** The instances of one query result, counting their lazy loads per relation for the N+1 guard. */
final class ResultGroup {
    private static final System.Logger LOG = System.getLogger("io.kakaorm.relation");

    private final String callSite;
    private final Map<String, AtomicInteger> loads = new ConcurrentHashMap<>();

    ResultGroup(String callSite) {
        this.callSite = callSite;
    }

    void lazyLoaded(RelationSpec spec) {
        int limit = LazyLoadGuard.threshold();
        if (limit <= 0) {
            return;
        }
        int n = loads.computeIfAbsent(spec.name(), k -> new AtomicInteger()).incrementAndGet();
        if (n == limit + 1) {
            LOG.log(
                    Level.WARNING,
                    "N+1 queries: instances of one " + spec.owner().getSimpleName()
                            + " result lazy-loaded relation " + spec.label() + " more than " + limit
                            + " times; the query ran at "
                            + callSite + ". Prefetch it: .prefetch(x -> x." + spec.name() + ")");
        }
    }
}
