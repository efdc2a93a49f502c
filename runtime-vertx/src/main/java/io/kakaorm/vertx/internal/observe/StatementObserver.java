package io.kakaorm.vertx.internal.observe;

import io.kakaorm.dialect.CompiledSql;
import io.kakaorm.vertx.observe.StatementEvent;
import io.kakaorm.vertx.observe.StatementEvent.Kind;
import io.kakaorm.vertx.observe.StatementListener;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The listeners, bind masks and slow-statement threshold of one {@code Database}, and the
 * {@link System.Logger} every statement is logged to. {@link #active()} is what the executors ask before
 * timing a statement: with no listener, DEBUG off and no threshold, a statement costs nothing extra.
 * Thread-safe (copy-on-write).
 */
public final class StatementObserver {
    /** The logger name: DEBUG for every statement, WARNING for slow ones. */
    public static final String LOGGER = "io.kakaorm.sql";

    private static final System.Logger LOG = System.getLogger(LOGGER);
    private static final StatementListener[] NONE = {};

    private final String dialect;
    private final AtomicLong transactions = new AtomicLong();
    private volatile StatementListener[] listeners = NONE;
    private volatile BindMasker masker = BindMasker.NONE;
    private volatile long slowNanos = Long.MAX_VALUE;

    public StatementObserver(String dialect) {
        this.dialect = dialect;
    }

    public synchronized void add(StatementListener listener) {
        Objects.requireNonNull(listener, "listener");
        StatementListener[] next = Arrays.copyOf(listeners, listeners.length + 1);
        next[next.length - 1] = listener;
        listeners = next;
    }

    public synchronized void remove(StatementListener listener) {
        StatementListener[] ls = listeners;
        for (int i = 0; i < ls.length; i++) {
            if (ls[i] == listener) {
                StatementListener[] next = new StatementListener[ls.length - 1];
                System.arraycopy(ls, 0, next, 0, i);
                System.arraycopy(ls, i + 1, next, i, ls.length - i - 1);
                listeners = next;
                return;
            }
        }
    }

    public synchronized void mask(String... columns) {
        masker = masker.plus(columns);
    }

    /** {@code null} turns the slow-statement warning off. */
    public void slowThreshold(Duration threshold) {
        if (threshold != null && threshold.isNegative()) {
            throw new IllegalArgumentException("threshold must not be negative: " + threshold);
        }
        slowNanos = threshold == null ? Long.MAX_VALUE : threshold.toNanos();
    }

    /** Whether statements must be timed and reported now. */
    boolean active() {
        return listeners.length != 0 || slowNanos != Long.MAX_VALUE || LOG.isLoggable(Level.DEBUG);
    }

    /** The number of a transaction that is beginning. */
    long nextTransaction() {
        return transactions.incrementAndGet();
    }

    /** Reports one finished statement that started at {@code startNanos}. Never throws. */
    void report(Kind kind, CompiledSql sql, long startNanos, long rows, Throwable error, long tx, String site) {
        long nanos = System.nanoTime() - startNanos;
        StatementListener[] ls = listeners;
        boolean slow = nanos >= slowNanos;
        boolean debug = LOG.isLoggable(Level.DEBUG);
        if (ls.length == 0 && !slow && !debug) {
            return;
        }
        StatementEvent e;
        try {
            e = new StatementEvent(
                    dialect,
                    kind,
                    sql.sql(),
                    masker.mask(sql),
                    Duration.ofNanos(nanos),
                    error == null ? rows : 0,
                    error,
                    tx,
                    site);
        } catch (RuntimeException t) {
            LOG.log(Level.WARNING, "Cannot describe a statement for its listeners: " + sql.sql(), t);
            return;
        }
        for (StatementListener l : ls) {
            try {
                l.onStatement(e);
            } catch (Throwable t) {
                LOG.log(Level.WARNING, "StatementListener " + l + " threw; ignored", t);
            }
        }
        if (slow) {
            LOG.log(
                    Level.WARNING,
                    "Slow statement (over " + Duration.ofNanos(slowNanos).toMillis() + " ms) " + e);
        } else if (debug) {
            LOG.log(Level.DEBUG, e.toString());
        }
    }
}
