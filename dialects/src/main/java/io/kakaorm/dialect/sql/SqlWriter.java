package io.kakaorm.dialect.sql;

import io.kakaorm.dialect.CompiledSql;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The SQL text of one statement being rendered, its bind values in placeholder order, and the
 * value-dependent decisions the renderer took (which values were null, how many elements a collection
 * had): equal statements with equal decisions render the same text, which {@link ShapeCache} keeps.
 * A writer made by {@link #bindsOnly()} skips the text. Not thread-safe: one writer per render.
 */
public final class SqlWriter {
    private final StringBuilder sql;
    private final List<Object> binds = new ArrayList<>(8);
    private int[] decisions = new int[8];
    private int decisionCount;
    // what a replay needs: the parameter slot of every decision and bind, in order (ReplayPlan)
    private boolean replayable = true;
    private int[] decisionSlots = new int[8];
    private int[] bindSlots = new int[8];
    private SqlTypes slotTypes;

    /** A writer of text and binds. */
    public SqlWriter() {
        this.sql = new StringBuilder(256);
    }

    private SqlWriter(boolean text) {
        this.sql = text ? new StringBuilder(256) : null;
    }

    /** A writer that records binds and decisions but no text. */
    public static SqlWriter bindsOnly() {
        return new SqlWriter(false);
    }

    /** Appends SQL text. */
    public SqlWriter append(String text) {
        if (sql != null) {
            sql.append(text);
        }
        return this;
    }

    /** Appends one character. */
    public SqlWriter append(char c) {
        if (sql != null) {
            sql.append(c);
        }
        return this;
    }

    /** Appends a number. */
    public SqlWriter append(long n) {
        if (sql != null) {
            sql.append(n);
        }
        return this;
    }

    /** Appends an identifier between {@code q}s, doubling any {@code q} inside (no allocation in the common case). */
    public SqlWriter appendQuoted(String identifier, char q) {
        if (sql == null) {
            return this;
        }
        sql.append(q);
        if (identifier.indexOf(q) < 0) {
            sql.append(identifier);
        } else {
            for (int i = 0; i < identifier.length(); i++) {
                char c = identifier.charAt(i);
                if (c == q) {
                    sql.append(q);
                }
                sql.append(c);
            }
        }
        sql.append(q);
        return this;
    }

    /**
     * The position of the bind of parameter slot {@code absoluteSlot}, added on its first use: for
     * numbered placeholders, where a slot written twice (a GROUP BY key repeated in the select list) must
     * read as the same parameter.
     */
    public int bindSlot(int absoluteSlot, SqlTypes types, Object javaValue) {
        if (slotPositions == null) {
            slotPositions = new HashMap<>();
        }
        Integer at = slotPositions.get(absoluteSlot);
        if (at == null) {
            at = addSlotBind(absoluteSlot, types, javaValue);
            slotPositions.put(absoluteSlot, at);
        }
        return at;
    }

    private Map<Integer, Integer> slotPositions;

    /** Records a bind value (already converted for the driver); returns its 1-based position. */
    public int addBind(Object dbValue) {
        replayable = false; // a value the replay could not find among the parameters
        binds.add(dbValue);
        return binds.size();
    }

    /**
     * Records the bind of parameter {@code absoluteSlot} as it is, converted by {@code types}; returns its
     * 1-based position. Binds recorded this way can be replayed for other values ({@link #replay}).
     */
    int addSlotBind(int absoluteSlot, SqlTypes types, Object javaValue) {
        if (slotTypes == null) {
            slotTypes = types;
        } else if (slotTypes != types) {
            replayable = false;
        }
        bindSlots = push(bindSlots, binds.size(), absoluteSlot);
        binds.add(types.toDb(javaValue));
        return binds.size();
    }

    /** Records that the text depends on whether parameter {@code absoluteSlot} is null. */
    void decideNull(int absoluteSlot, boolean isNull) {
        decisionSlots = push(decisionSlots, decisionCount, absoluteSlot);
        addDecision(isNull ? 1 : 0);
    }

    /** Records a value-dependent decision that shapes the text. */
    public void decide(int decision) {
        replayable = false; // a decision the replay could not recompute from null-ness alone
        addDecision(decision);
    }

    private void addDecision(int decision) {
        if (decisionCount == decisions.length) {
            decisions = Arrays.copyOf(decisions, decisionCount * 2);
        }
        decisions[decisionCount++] = decision;
    }

    private static int[] push(int[] array, int index, int value) {
        int[] a = array.length > index ? array : Arrays.copyOf(array, Math.max(8, index * 2));
        a[index] = value;
        return a;
    }

    /**
     * The replay of this render for {@code text}: when every bind was a parameter as it is and every
     * decision whether a parameter is null, later values need only those checks and conversions, not a
     * walk of the statement; otherwise {@code null}.
     */
    ReplayPlan replay(String text) {
        if (!replayable) {
            return null;
        }
        return new ReplayPlan(
                text,
                Arrays.copyOf(decisionSlots, decisionCount),
                Arrays.copyOf(decisions, decisionCount),
                Arrays.copyOf(bindSlots, binds.size()),
                slotTypes);
    }

    /** The decisions recorded so far. */
    int[] decisions() {
        return Arrays.copyOf(decisions, decisionCount);
    }

    /** The binds recorded so far. */
    List<Object> binds() {
        return binds;
    }

    /** The text written so far. */
    public String sql() {
        if (sql == null) {
            throw new IllegalStateException("a binds-only writer has no text");
        }
        return sql.toString();
    }

    /** The statement: the text and its binds. */
    public CompiledSql toCompiled() {
        return new CompiledSql(sql(), binds);
    }
}
