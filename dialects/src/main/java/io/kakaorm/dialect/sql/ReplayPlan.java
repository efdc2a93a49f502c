package io.kakaorm.dialect.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * A statement's render that later values can repeat without walking the statement: its text, which
 * parameters were checked for null (and the answers the text was written for), and which parameter each
 * bind is. Recorded by {@link SqlWriter#replay} only when nothing else shaped the text or the binds.
 *
 * @param text          the SQL text
 * @param decisionSlots the absolute parameter index of each decision
 * @param decisions     1 where that parameter was null, else 0
 * @param bindSlots     the absolute parameter index of each bind, in placeholder order
 * @param types         the conversion of the binds ({@code null} when there are none)
 */
record ReplayPlan(String text, int[] decisionSlots, int[] decisions, int[] bindSlots, SqlTypes types) {

    /** The binds for {@code params}, or {@code null} when they would shape another text. */
    List<Object> binds(Object[] params) {
        for (int i = 0; i < decisionSlots.length; i++) {
            int s = decisionSlots[i];
            if (s >= params.length || (params[s] == null ? 1 : 0) != decisions[i]) {
                return null;
            }
        }
        List<Object> binds = new ArrayList<>(bindSlots.length);
        for (int s : bindSlots) {
            if (s >= params.length) {
                return null;
            }
            binds.add(types.toDb(params[s]));
        }
        return binds;
    }
}
