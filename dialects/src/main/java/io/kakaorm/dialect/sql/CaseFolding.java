package io.kakaorm.dialect.sql;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;

/**
 * Java's {@code String.equalsIgnoreCase} as per-character classes: a character {@code x} matches the
 * needle's {@code c} when {@code x == c}, or their {@code Character.toUpperCase} are equal, or the
 * {@code toLowerCase} of those are (per code point, as {@code String.regionMatches(true, …)} since JDK 16).
 * So {@code k} matches {@code K} and the Kelvin sign, {@code s} matches the long s; ß matches only ß. The
 * classes come from this JVM's own case tables, computed once per character. Thread-safe.
 */
public final class CaseFolding {
    private static final Map<Integer, int[]> CLASSES = new ConcurrentHashMap<>();
    /** Cased code points (those that case mapping changes) by their upper case, and by lower(upper). */
    private static final Map<Integer, List<Integer>> BY_UPPER = new HashMap<>();

    private static final Map<Integer, List<Integer>> BY_FOLDED = new HashMap<>();

    static {
        for (int x = 0; x <= Character.MAX_CODE_POINT; x++) {
            int up = Character.toUpperCase(x);
            int folded = Character.toLowerCase(up);
            if (up != x || folded != x) {
                BY_UPPER.computeIfAbsent(up, k -> new ArrayList<>()).add(x);
                BY_FOLDED.computeIfAbsent(folded, k -> new ArrayList<>()).add(x);
            }
        }
    }

    private CaseFolding() {}

    /** The code points that {@code equalsIgnoreCase} takes for {@code cp}, {@code cp} first. */
    public static int[] classOf(int cp) {
        return CLASSES.computeIfAbsent(cp, CaseFolding::compute);
    }

    private static int[] compute(int c) {
        int up = Character.toUpperCase(c);
        int folded = Character.toLowerCase(up);
        Set<Integer> out = new LinkedHashSet<>();
        out.add(c);
        out.addAll(BY_UPPER.getOrDefault(up, List.of()));
        out.addAll(BY_FOLDED.getOrDefault(folded, List.of()));
        // a code point that case mapping leaves alone is in neither map: it matches when it is the key itself
        if (Character.toUpperCase(up) == up) {
            out.add(up);
        }
        if (Character.toLowerCase(Character.toUpperCase(folded)) == folded) {
            out.add(folded);
        }
        out.removeIf(x -> x >= Character.MIN_SURROGATE && x <= Character.MAX_SURROGATE);
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * An anchored regular expression matching exactly the strings {@code equalsIgnoreCase(needle)}; each
     * code point written by {@code escape} (the dialect's regex escape), {@code end} the end-of-text anchor.
     */
    public static String regex(String needle, IntFunction<String> escape, String start, String end) {
        StringBuilder sb = new StringBuilder(start);
        needle.codePoints().forEach(cp -> {
            int[] cls = classOf(cp);
            if (cls.length == 1) {
                sb.append(escape.apply(cp));
            } else {
                sb.append('[');
                for (int x : cls) {
                    sb.append(escape.apply(x));
                }
                sb.append(']');
            }
        });
        return sb.append(end).toString();
    }
}
