package io.kakaorm.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.module.ResolvedModule;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's program on the module path: {@code src/test/modulepath/com.example.notes} (a module requiring
 * {@code io.kakaorm.vertx}, a model, a query by lambda and a projection into a record) is compiled by javac
 * and run by a new JVM with {@code --module-path}, on in-memory SQLite, against the library modules of this
 * build (their {@code module-info}). The same program without its {@code opens} line for the models fails
 * with the line to add.
 */
class ModulePathTest {
    private static final Path SOURCES = Path.of("src/test/modulepath/com.example.notes");
    private static final String OPENS = "opens com.example.notes.models to io.kakaorm.dsl;";

    @TempDir
    Path tmp;

    @Test
    void aModularProgram_queriesByLambda_andProjectsIntoARecord() throws Exception {
        String out = run(compile(SOURCES, tmp.resolve("classes")), 0);
        assertTrue(out.contains("module com.example.notes, KakaORM in io.kakaorm.vertx"), out);
        assertTrue(out.contains("by lambda: 1 modules"), out);
        assertTrue(
                out.contains("into a record: [Starred[title=class path, stars=2], Starred[title=modules, stars=5]]"),
                out);
        assertTrue(
                out.contains("migration plan empty: true"), out); // the migrations' providers found on the module path
    }

    @Test
    void aMissingOpens_failsWithTheLineToAdd() throws Exception {
        Path src = tmp.resolve("src");
        copy(SOURCES, src);
        Path info = src.resolve("module-info.java");
        String withoutOpens = Files.readAllLines(info).stream()
                .filter(l -> !l.contains(OPENS))
                .collect(Collectors.joining("\n"));
        Files.writeString(info, withoutOpens);
        String out = run(compile(src, tmp.resolve("classes")), 1);
        assertTrue(
                out.contains("io.kakaorm.ModuleAccessException: KakaORM cannot read and write the fields of the model "
                        + "com.example.notes.models.Note: module com.example.notes does not open package com.example.notes.models "
                        + "to io.kakaorm.dsl. Add to the module-info.java of com.example.notes: " + OPENS),
                out);
    }

    @Test
    void aDriverNotInTheModuleGraph_isNamedWithItsModule() throws Exception {
        String out = run(compile(SOURCES, tmp.resolve("classes"), false), 1);
        assertTrue(
                out.contains(
                        "The sqlite driver is not on the class path: add the Maven dependency org.xerial:sqlite-jdbc"),
                out);
        assertTrue(
                out.contains("with Java modules, put its jar (module org.xerial.sqlitejdbc) on the module path"), out);
    }

    /**
     * The library modules of this build and what they need, as resolved from the test's class path, with the
     * SQLite driver or without it.
     */
    private static String modulePath(boolean withDriver) {
        List<Path> candidates = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path p = Path.of(entry);
            boolean usable = Files.isRegularFile(p) || Files.isRegularFile(p.resolve("module-info.class"));
            if (usable && !p.toAbsolutePath().startsWith(Path.of("target").toAbsolutePath()) && describable(p)) {
                candidates.add(p);
            }
        }
        ModuleFinder finder = ModuleFinder.of(candidates.toArray(Path[]::new));
        Configuration cf = ModuleLayer.boot()
                .configuration()
                .resolve(
                        finder,
                        ModuleFinder.ofSystem(),
                        withDriver
                                ? Set.of("io.kakaorm.migrations", "org.xerial.sqlitejdbc")
                                : Set.of("io.kakaorm.migrations"));
        var dsl = cf.findModule("io.kakaorm.dsl").orElseThrow();
        assertTrue(
                !dsl.reference().descriptor().isAutomatic(),
                "kakaorm-dsl without its module-info at " + dsl.reference().location()
                        + ": run the reactor build (-am)");
        return cf.modules().stream()
                .map(ResolvedModule::reference)
                .map(r -> Path.of(r.location().orElseThrow()).toString())
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static boolean describable(Path p) {
        try {
            return ModuleFinder.of(p).findAll().size() == 1;
        } catch (RuntimeException e) { // a jar without a derivable module name: not a module
            return false;
        }
    }

    private static String compile(Path sources, Path classes) throws IOException {
        return compile(sources, classes, true);
    }

    private static String compile(Path sources, Path classes, boolean withDriver) throws IOException {
        String mp = modulePath(withDriver);
        List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "--module-path", mp, "-Xlint:all"));
        try (Stream<Path> files = Files.walk(sources)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> args.add(f.toString()));
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int rc = javac.run(null, errors, errors, args.toArray(String[]::new));
        assertEquals(0, rc, "javac on the module path failed: " + errors.toString(StandardCharsets.UTF_8));
        return classes + File.pathSeparator + mp;
    }

    /** Runs the program; the driver needs no --add-modules: java.sql's {@code uses java.sql.Driver} binds it. */
    private static String run(String modulePath, int expectedExit) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(
                        java.toString(), "--module-path", modulePath, "-m", "com.example.notes/com.example.notes.Main")
                .redirectErrorStream(true)
                .start();
        byte[] output = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the program did not end");
        String out = new String(output, StandardCharsets.UTF_8);
        if (expectedExit == 0) {
            assertEquals(0, p.exitValue(), out);
        } else {
            assertNotEquals(0, p.exitValue(), out);
        }
        return out;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }
}
