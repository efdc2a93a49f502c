package io.kakaorm.lambda;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.jdt.core.compiler.batch.BatchCompiler;
import org.junit.jupiter.api.Assumptions;

/**
 * The compilers whose bytecode the decoder must understand (ASM's AsmTest idea): the fixture sources in
 * {@code io.kakaorm.lambda.fixtures} are compiled by javac 17 as ordinary test sources, and at test time by
 * javac 25 (with the StringBuilder form of concatenation) and by ECJ into temporary directories, then
 * loaded child-first by their own class loader. The models stay shared so that trees compare equal.
 */
enum FixtureCompiler {
    JAVAC_17,
    JAVAC_25,
    ECJ;

    static final String PACKAGE = "io.kakaorm.lambda.fixtures";
    static final Path SOURCES = Paths.get("src/test/java/io/kakaorm/lambda/fixtures");
    static final Path JDK25 = Paths.get("/usr/lib/jvm/temurin-25-jdk-amd64/bin/javac");

    private ClassLoader loader;

    synchronized ClassLoader loader() {
        if (loader == null) {
            loader = this == JAVAC_17 ? FixtureCompiler.class.getClassLoader() : compile();
        }
        return loader;
    }

    /** The fixture class {@code simpleName} as compiled by this compiler. */
    Class<?> fixtureClass(String simpleName) {
        try {
            return Class.forName(PACKAGE + "." + simpleName, true, loader());
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    private ClassLoader compile() {
        try {
            Path out = Files.createTempDirectory("kakaorm-fixtures-" + name().toLowerCase());
            // the class loader reads these classes lazily for the rest of the run: remove them at exit
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(out)));
            List<String> sources;
            try (Stream<Path> files = Files.list(SOURCES)) {
                sources = files.map(Path::toString)
                        .filter(s -> s.endsWith(".java"))
                        .sorted()
                        .collect(Collectors.toList());
            }
            String classpath = System.getProperty("java.class.path");
            if (this == JAVAC_25) {
                javac25(out, classpath, sources);
            } else {
                ecj(out, classpath, sources);
            }
            return new ChildFirst(new URL[] {out.toUri().toURL()}, FixtureCompiler.class.getClassLoader());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError("compiling fixtures with " + this, e);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // best effort at JVM exit
        }
    }

    private static void javac25(Path out, String classpath, List<String> sources)
            throws IOException, InterruptedException {
        Assumptions.assumeTrue(Files.isExecutable(JDK25), "no JDK 25 at " + JDK25);
        List<String> cmd = new ArrayList<>(List.of(
                JDK25.toString(),
                "--release",
                "17",
                "-g",
                "-XDstringConcat=inline",
                "-cp",
                classpath,
                "-d",
                out.toString()));
        cmd.addAll(sources);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new AssertionError("javac 25 failed:\n" + output);
        }
    }

    private static void ecj(Path out, String classpath, List<String> sources) {
        List<String> args = new ArrayList<>(List.of(
                "-17", "-preserveAllLocals", "-g", "-nowarn", "-proc:none", "-cp", classpath, "-d", out.toString()));
        args.addAll(sources);
        StringWriter log = new StringWriter();
        boolean ok =
                BatchCompiler.compile(args.toArray(new String[0]), new PrintWriter(log), new PrintWriter(log), null);
        if (!ok) {
            throw new AssertionError("ECJ failed:\n" + log);
        }
    }

    /** Loads the fixture package from its own directory first: the same names exist on the test class path. */
    private static final class ChildFirst extends URLClassLoader {
        ChildFirst(URL[] urls, ClassLoader parent) {
            super(urls, parent);
        }

        @Override
        public URL getResource(String name) {
            if (name.startsWith(PACKAGE.replace('.', '/') + "/")) {
                URL own = findResource(name);
                if (own != null) {
                    return own;
                }
            }
            return super.getResource(name);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith(PACKAGE + ".")) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null) {
                    c = findClass(name);
                }
                if (resolve) {
                    resolveClass(c);
                }
                return c;
            }
        }
    }
}
