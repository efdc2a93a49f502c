package io.kakaorm.migration;

import io.kakaorm.Model;
import io.kakaorm.meta.ColumnMeta;
import io.kakaorm.meta.ModelMeta;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** The valid model classes of the test class path under some packages (directories and jars), by name. */
final class ModelClasses {
    private ModelClasses() {}

    /** Every concrete model class under {@code packages} whose metadata reads without error. */
    static List<Class<?>> under(String... packages) {
        Set<String> names = new TreeSet<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path p = Path.of(entry);
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(f -> f.toString().endsWith(".class"))
                            .forEach(f -> names.add(
                                    className(p.relativize(f).toString().replace(File.separatorChar, '/'))));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else if (entry.endsWith(".jar") && Files.isRegularFile(p)) {
                try (JarFile jar = new JarFile(p.toFile())) {
                    for (Enumeration<JarEntry> en = jar.entries(); en.hasMoreElements(); ) {
                        String n = en.nextElement().getName();
                        if (n.endsWith(".class")) {
                            names.add(className(n));
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        List<Class<?>> out = new ArrayList<>();
        for (String n : names) {
            if (Stream.of(packages).noneMatch(pk -> n.startsWith(pk + ".")) || n.endsWith("package-info")) {
                continue;
            }
            Class<?> c;
            try {
                c = Class.forName(n, false, ModelClasses.class.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                continue;
            }
            if (!Model.class.isAssignableFrom(c)
                    || c == Model.class
                    || c.isInterface()
                    || Modifier.isAbstract(c.getModifiers())) {
                continue;
            }
            try {
                ModelMeta.of(c);
                out.add(c);
            } catch (RuntimeException e) {
                // an intentionally invalid model of a test
            }
        }
        return out;
    }

    /** {@code model} after the models it references (transitively), each once. */
    static List<Class<?>> withTargets(Class<?> model) {
        Set<Class<?>> out = new LinkedHashSet<>();
        add(model, out, new LinkedHashSet<>());
        return new ArrayList<>(out);
    }

    private static void add(Class<?> model, Set<Class<?>> out, Set<Class<?>> visiting) {
        if (out.contains(model) || !visiting.add(model)) {
            return;
        }
        for (ColumnMeta c : ModelMeta.of(model).columns()) {
            if (c.foreignKey() != null && c.foreignKey().target() != model) {
                add(c.foreignKey().target(), out, visiting);
            }
        }
        out.add(model);
    }

    private static String className(String path) {
        return path.substring(0, path.length() - ".class".length()).replace('/', '.');
    }
}
