package io.kakaorm.bench.jmh;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Defines its own copy of one class (child-first), so every instance yields a class — and lambda call
 * sites — the JVM and the decoder have never seen. Resources (the class file the decoder reads) come from
 * the parent as usual, i.e. from the jar, as for any application class. Everything else is delegated.
 */
final class FreshClassLoader extends ClassLoader {
    private final String className;
    private final byte[] bytes;

    private FreshClassLoader(ClassLoader parent, String className, byte[] bytes) {
        super(parent);
        this.className = className;
        this.bytes = bytes;
    }

    /** The bytes of {@code template}'s class file, read once. */
    static byte[] bytesOf(Class<?> template) {
        String res = template.getName().replace('.', '/') + ".class";
        try (InputStream in = template.getClassLoader().getResourceAsStream(res)) {
            if (in == null) {
                throw new IllegalStateException("no class file for " + template.getName());
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh copy of {@code template} (whose class file is {@code bytes}) in a new loader. */
    static Class<?> freshCopy(Class<?> template, byte[] bytes) {
        try {
            return new FreshClassLoader(template.getClassLoader(), template.getName(), bytes)
                    .loadClass(template.getName());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (!name.equals(className)) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> c = findLoadedClass(name);
            if (c == null) {
                c = defineClass(name, bytes, 0, bytes.length);
            }
            if (resolve) {
                resolveClass(c);
            }
            return c;
        }
    }
}
