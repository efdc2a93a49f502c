package io.kakaorm.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The declared API holds together: every KakaORM type named in a public signature of a package the library
 * modules export to everyone is itself in such a package (or the JDK's, or a dependency's such as Vert.x's). What
 * only the sibling modules use sits behind a door in a package exported to them alone ({@code io.kakaorm.spi},
 * {@code io.kakaorm.vertx.spi}). A leak fails here, naming the class and the type.
 */
class ApiSurfaceTest {
    @Test
    void publicSignaturesOfExportedPackages_nameOnlyExportedKakaOrmTypes() throws Exception {
        List<ModuleReference> modules = libraryModules();
        assertEquals(
                Set.of("io.kakaorm.dsl", "io.kakaorm.dialects", "io.kakaorm.vertx", "io.kakaorm.migrations"),
                Set.copyOf(modules.stream().map(m -> m.descriptor().name()).toList()));
        Set<String> exported = new TreeSet<>();
        for (ModuleReference m : modules) {
            for (ModuleDescriptor.Exports e : m.descriptor().exports()) {
                if (!e.isQualified()) {
                    exported.add(e.source());
                }
            }
        }
        assertTrue(exported.contains("io.kakaorm") && exported.contains("io.kakaorm.vertx"), exported.toString());
        Set<String> leaks = new TreeSet<>();
        int classes = 0;
        for (ModuleReference m : modules) {
            for (String name : classNames(Path.of(m.location().orElseThrow()))) {
                String pkg = name.substring(0, name.lastIndexOf('.'));
                if (!exported.contains(pkg)) {
                    continue;
                }
                Class<?> c = Class.forName(name, false, getClass().getClassLoader());
                if (!visible(c)) {
                    continue;
                }
                classes++;
                check(c, exported, leaks);
            }
        }
        assertTrue(classes > 50, "read " + classes + " API classes");
        assertEquals(Set.of(), leaks, "public API members naming a type the modules do not export to everyone");
    }

    private static boolean visible(Class<?> c) {
        for (Class<?> k = c; k != null; k = k.getDeclaringClass()) {
            if (!Modifier.isPublic(k.getModifiers())) {
                return false;
            }
        }
        return !c.isSynthetic();
    }

    private static void check(Class<?> c, Set<String> exported, Set<String> leaks) {
        List<Type> supers = new ArrayList<>(List.of(c.getGenericInterfaces()));
        if (c.getGenericSuperclass() != null) {
            supers.add(c.getGenericSuperclass());
        }
        for (Type t : supers) {
            note(c.getName() + " (supertype)", t, exported, leaks);
        }
        List<Executable> members = new ArrayList<>(List.of(c.getDeclaredMethods()));
        members.addAll(List.of(c.getDeclaredConstructors()));
        for (Executable e : members) {
            if (!api(e.getModifiers(), c) || e.isSynthetic() || (e instanceof Method m && m.isBridge())) {
                continue;
            }
            String where = c.getName() + "." + (e instanceof Constructor ? "<init>" : e.getName());
            for (Type t : e.getGenericParameterTypes()) {
                note(where, t, exported, leaks);
            }
            if (e instanceof Method m) {
                note(where, m.getGenericReturnType(), exported, leaks);
            }
        }
        for (Field f : c.getDeclaredFields()) {
            if (api(f.getModifiers(), c) && !f.isSynthetic()) {
                note(c.getName() + "." + f.getName(), f.getGenericType(), exported, leaks);
            }
        }
    }

    private static boolean api(int modifiers, Class<?> owner) {
        return Modifier.isPublic(modifiers)
                || (Modifier.isProtected(modifiers) && !Modifier.isFinal(owner.getModifiers()));
    }

    private static void note(String where, Type t, Set<String> exported, Set<String> leaks) {
        if (t instanceof Class<?> k) {
            while (k.isArray()) {
                k = k.getComponentType();
            }
            String n = k.getName();
            if (n.startsWith("io.kakaorm.") && !exported.contains(k.getPackageName())) {
                leaks.add(topLevel(where) + " -> " + n);
            }
        } else if (t instanceof ParameterizedType p) {
            note(where, p.getRawType(), exported, leaks);
            for (Type a : p.getActualTypeArguments()) {
                note(where, a, exported, leaks);
            }
        } else if (t instanceof GenericArrayType g) {
            note(where, g.getGenericComponentType(), exported, leaks);
        } else if (t instanceof WildcardType w) {
            for (Type b : w.getUpperBounds()) {
                note(where, b, exported, leaks);
            }
            for (Type b : w.getLowerBounds()) {
                note(where, b, exported, leaks);
            }
        }
    }

    /** The top-level class of a member ({@code a.B$C.m} → {@code a.B}), which is what a leak names. */
    private static String topLevel(String member) {
        String owner = member.contains(" (") ? member.substring(0, member.indexOf(" (")) : member;
        int dollar = owner.indexOf('$');
        if (dollar >= 0) {
            return owner.substring(0, dollar);
        }
        return member.contains(" (") ? owner : owner.substring(0, owner.lastIndexOf('.'));
    }

    /** The four library modules of this build, found on the test's class path by their module-info. */
    private static List<ModuleReference> libraryModules() {
        List<ModuleReference> out = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path p = Path.of(entry);
            boolean module = Files.isRegularFile(p.resolve("module-info.class"))
                    || (Files.isRegularFile(p) && p.getFileName().toString().startsWith("kakaorm-"));
            if (!module) {
                continue;
            }
            for (ModuleReference r : ModuleFinder.of(p).findAll()) {
                if (r.descriptor().name().startsWith("io.kakaorm.")
                        && !r.descriptor().isAutomatic()) {
                    out.add(r);
                }
            }
        }
        return out;
    }

    private static List<String> classNames(Path location) throws IOException {
        List<String> files;
        if (Files.isDirectory(location)) {
            try (Stream<Path> all = Files.walk(location)) {
                files = all.map(location::relativize)
                        .map(f -> f.toString().replace(File.separatorChar, '/'))
                        .toList();
            }
        } else {
            try (JarFile jar = new JarFile(location.toFile())) {
                files = jar.stream().map(JarEntry::getName).toList();
            }
        }
        return files.stream()
                .filter(f -> f.endsWith(".class")
                        && !f.contains("module-info")
                        && !f.endsWith("package-info.class")
                        && !f.startsWith("META-INF/"))
                .map(f -> f.substring(0, f.length() - ".class".length()).replace('/', '.'))
                .sorted()
                .toList();
    }
}
