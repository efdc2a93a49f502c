package io.kakaorm.migration.internal;

import io.kakaorm.Model;
import io.kakaorm.migration.MigrationSettingsException;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** Finds the concrete {@link Model} classes of a package on a class path of directories and jars. */
public final class ModelScanner {
    private ModelScanner() {}

    /**
     * The concrete Model classes of {@code pkg} (and its sub-packages) on {@code classpath} (entries separated by
     * the platform path separator), loaded in a class loader over it.
     *
     * @throws MigrationSettingsException for no package, a missing entry, or no Model class found
     */
    public static List<Class<?>> scan(String classpath, String pkg) {
        if (pkg == null || pkg.isBlank()) {
            throw new MigrationSettingsException(
                    "No models package: pass --models com.acme.models (the models setting)");
        }
        List<Path> entries = new ArrayList<>();
        if (classpath != null && !classpath.isBlank()) {
            for (String s : classpath.split(File.pathSeparator)) {
                if (!s.isBlank()) {
                    entries.add(Path.of(s));
                }
            }
        }
        TreeSet<String> names = new TreeSet<>();
        String prefix = pkg.replace('.', '/') + "/";
        List<URL> urls = new ArrayList<>();
        try {
            for (Path e : entries) {
                if (!Files.exists(e)) {
                    throw new MigrationSettingsException("Class path entry " + e + " does not exist");
                }
                urls.add(e.toUri().toURL());
                if (Files.isDirectory(e)) {
                    Path root = e.resolve(prefix);
                    if (Files.isDirectory(root)) {
                        try (Stream<Path> s = Files.walk(root)) {
                            s.filter(p -> p.toString().endsWith(".class"))
                                    .forEach(p -> names.add(
                                            className(e.relativize(p).toString().replace(File.separatorChar, '/'))));
                        }
                    }
                } else {
                    try (JarFile jar = new JarFile(e.toFile())) {
                        for (Enumeration<JarEntry> en = jar.entries(); en.hasMoreElements(); ) {
                            String n = en.nextElement().getName();
                            if (n.startsWith(prefix) && n.endsWith(".class")) {
                                names.add(className(n));
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ModelScanner.class.getClassLoader());
        List<Class<?>> out = new ArrayList<>();
        for (String n : names) {
            try {
                Class<?> c = Class.forName(n, false, loader);
                if (Model.class.isAssignableFrom(c)
                        && c != Model.class
                        && !Modifier.isAbstract(c.getModifiers())
                        && !c.isAnonymousClass()) {
                    out.add(c);
                }
            } catch (ClassNotFoundException | LinkageError e) {
                throw new MigrationSettingsException("Cannot load " + n + " from " + entries + ": " + e);
            }
        }
        if (out.isEmpty()) {
            throw new MigrationSettingsException("No Model classes in package " + pkg + " on class path " + entries
                    + " (compile them first, and pass --classpath DIR|JAR)");
        }
        return out;
    }

    private static String className(String path) {
        return path.substring(0, path.length() - ".class".length()).replace('/', '.');
    }
}
