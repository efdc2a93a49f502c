package io.kakaorm.dialect;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeSet;

/**
 * The dialects on the class path (or module path), found by {@link ServiceLoader}: a database adds itself
 * with one line in {@code META-INF/services/io.kakaorm.dialect.Dialect} (and a {@code provides} in its
 * module). Dialects are stateless apart from their statement caches, so one shared instance each.
 */
public final class Dialects {
    private static final Map<String, Dialect> BY_NAME = load();

    private Dialects() {}

    private static Map<String, Dialect> load() {
        Map<String, Dialect> byName = new LinkedHashMap<>();
        for (Dialect d : ServiceLoader.load(Dialect.class, Dialect.class.getClassLoader())) {
            register(byName, d.name(), d);
            for (String alias : d.aliases()) {
                register(byName, alias, d);
            }
        }
        return Collections.unmodifiableMap(byName);
    }

    private static void register(Map<String, Dialect> byName, String name, Dialect d) {
        Dialect before = byName.putIfAbsent(name.toLowerCase(Locale.ROOT), d);
        if (before != null && before != d) {
            throw new IllegalStateException("Two dialects are called '" + name + "': "
                    + before.getClass().getName() + " and " + d.getClass().getName());
        }
    }

    /**
     * The dialect called {@code name} or one of its {@link Dialect#aliases() aliases}, case-insensitive:
     * {@code postgres} (or {@code postgresql}, {@code pg}), {@code mysql} (or {@code mariadb}),
     * {@code sqlite}, and any other dialect on the class path.
     *
     * @throws IllegalArgumentException for any other name, listing the known ones
     */
    public static Dialect forName(String name) {
        Dialect d = BY_NAME.get(name.toLowerCase(Locale.ROOT));
        if (d == null) {
            throw new IllegalArgumentException("Unknown dialect '" + name + "'; known dialects: " + known());
        }
        return d;
    }

    /** The dialects found, by their own name. */
    public static List<Dialect> all() {
        List<Dialect> out = new ArrayList<>();
        for (Dialect d : BY_NAME.values()) {
            if (!out.contains(d)) {
                out.add(d);
            }
        }
        return out;
    }

    private static String known() {
        List<String> names = new ArrayList<>();
        for (Dialect d : all()) {
            names.add(
                    d.aliases().isEmpty()
                            ? d.name()
                            : d.name() + " (also " + String.join(", ", new TreeSet<>(d.aliases())) + ")");
        }
        return String.join(", ", names);
    }
}
