package io.kakaorm.vertx.internal.connect;

import io.kakaorm.vertx.ConnectOptions.Kind;
import io.kakaorm.vertx.internal.exec.BackendFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;

/** The databases the runtime can open: every {@link BackendProvider} found by {@link ServiceLoader}. */
public final class Backends {
    private static final List<BackendProvider> ALL = load();

    private Backends() {}

    private static List<BackendProvider> load() {
        List<BackendProvider> out = new ArrayList<>();
        ServiceLoader.load(BackendProvider.class, BackendProvider.class.getClassLoader())
                .forEach(out::add);
        return List.copyOf(out);
    }

    /** The provider of {@code kind}. */
    public static BackendProvider forKind(Kind kind) {
        for (BackendProvider p : ALL) {
            if (p.name().equals(kind.name())) {
                return p;
            }
        }
        throw new IllegalStateException("No KakaORM backend for " + kind + " on the class path");
    }

    /** The provider named {@code name} or with {@code name} as a URL scheme (case-insensitive), or {@code null}. */
    public static BackendProvider forName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (BackendProvider p : ALL) {
            if (p.name().equals(n)) {
                return p;
            }
        }
        return forScheme(n);
    }

    /** The names of the databases known ({@link BackendProvider#name()}). */
    public static List<String> names() {
        return ALL.stream().map(BackendProvider::name).toList();
    }

    /** How URLs of the known databases begin ({@code postgresql://}, {@code sqlite:}), for messages. */
    public static List<String> urlForms() {
        List<String> out = new ArrayList<>();
        for (BackendProvider p : ALL) {
            for (String s : p.urlSchemes()) {
                out.add(s + (p.embedded() ? ":" : "://"));
            }
        }
        return out;
    }

    /** The provider whose URL scheme is {@code scheme} (case-insensitive), or {@code null}. */
    public static BackendProvider forScheme(String scheme) {
        String s = scheme.toLowerCase(Locale.ROOT);
        for (BackendProvider p : ALL) {
            if (p.urlSchemes().contains(s)) {
                return p;
            }
        }
        return null;
    }

    /** Every URL scheme known, for the message about an unknown one. */
    public static List<String> schemes() {
        List<String> out = new ArrayList<>();
        for (BackendProvider p : ALL) {
            out.addAll(p.urlSchemes());
        }
        return out;
    }

    /**
     * The factory of {@code p}, after checking that its driver is on the class path.
     *
     * @throws IllegalStateException naming the Maven artifact to add when the driver is missing
     */
    static BackendFactory factory(BackendProvider p) {
        ClassLoader loader = p.getClass().getClassLoader();
        try {
            Class.forName(p.driverProbeClass(), false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            boolean modules = BackendProvider.class.getModule().isNamed();
            throw new IllegalStateException(
                    "The " + p.dialect().name() + " driver is not on the class path: add "
                            + "the Maven dependency " + p.driverArtifact()
                            + " (" + p.driverVersionHint() + ")"
                            + (modules
                                    ? "; with Java modules, put its jar (module " + p.driverModule()
                                            + ") on the module path," + " where the service it provides brings it in"
                                    : ""),
                    e);
        }
        return p.newFactory();
    }
}
