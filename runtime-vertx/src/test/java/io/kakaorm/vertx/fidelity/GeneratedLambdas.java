package io.kakaorm.vertx.fidelity;

import io.kakaorm.Filter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Compiles the {@link LambdaGenerator}'s lambdas with the JDK's own javac (in process, with debug
 * information so that refusals name a line) into a temporary directory, and loads them: the decoder
 * reads their class files like any application's. One lambda per source line, a hundred per class, so
 * the file and line of a lambda identify it.
 */
final class GeneratedLambdas {
    static final int PER_CLASS = 100;
    static final String PACKAGE = "io.kakaorm.vertx.fidelity";

    /** One compiled lambda: the instance, its source and where it is. */
    record Compiled(Filter<EdgeRow> filter, LambdaGenerator.Gen gen, String where) {
        String source() {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < gen.captures().size(); i++) {
                LambdaGenerator.Capture c = gen.captures().get(i);
                Object v = c.value();
                sb.append(c.type())
                        .append(" v")
                        .append(i)
                        .append(" = ")
                        .append(v instanceof String s ? EdgeRow.quote(s) : String.valueOf(v))
                        .append("; ");
            }
            return sb.append("r -> ")
                    .append(gen.body())
                    .append("   [")
                    .append(where)
                    .append(']')
                    .toString();
        }
    }

    private static final Map<String, String> BOX =
            Map.of("int", "Integer", "long", "Long", "double", "Double", "boolean", "Boolean");

    private GeneratedLambdas() {}

    static List<Compiled> compile(List<LambdaGenerator.Gen> gens) {
        try {
            Path dir = Files.createTempDirectory("kakaorm-fidelity-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
            Path src = dir.resolve("src");
            Path out = dir.resolve("classes");
            Files.createDirectories(src);
            Files.createDirectories(out);
            List<String> files = new ArrayList<>();
            List<Object[]> values = new ArrayList<>();
            for (int start = 0, k = 0; start < gens.size(); start += PER_CLASS, k++) {
                List<LambdaGenerator.Gen> part = gens.subList(start, Math.min(gens.size(), start + PER_CLASS));
                List<Object> captured = new ArrayList<>();
                Path file = src.resolve("Gen" + k + ".java");
                Files.writeString(file, source("Gen" + k, part, captured), StandardCharsets.UTF_8);
                files.add(file.toString());
                values.add(captured.toArray());
            }
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            List<String> args = new ArrayList<>(List.of(
                    "-g",
                    "-proc:none",
                    "-nowarn",
                    "-encoding",
                    "UTF-8",
                    "-cp",
                    System.getProperty("java.class.path"),
                    "-d",
                    out.toString()));
            args.addAll(files);
            ByteArrayOutputStream log = new ByteArrayOutputStream();
            if (javac.run(null, log, log, args.toArray(new String[0])) != 0) {
                throw new AssertionError("generated lambdas do not compile:\n" + log.toString(StandardCharsets.UTF_8));
            }
            URLClassLoader loader =
                    new URLClassLoader(new URL[] {out.toUri().toURL()}, GeneratedLambdas.class.getClassLoader());
            List<Compiled> result = new ArrayList<>();
            for (int k = 0; k < files.size(); k++) {
                Class<?> c = Class.forName(PACKAGE + ".Gen" + k, true, loader);
                Method m = c.getMethod("lambdas", Object[].class);
                @SuppressWarnings("unchecked")
                List<Filter<EdgeRow>> filters = (List<Filter<EdgeRow>>) m.invoke(null, (Object) values.get(k));
                for (int i = 0; i < filters.size(); i++) {
                    result.add(
                            new Compiled(filters.get(i), gens.get(k * PER_CLASS + i), "Gen" + k + ".java:" + (i + 10)));
                }
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    /** Lambda {@code i} of the class is on line {@code i + 10}. */
    private static String source(String name, List<LambdaGenerator.Gen> gens, List<Object> captured) {
        StringBuilder sb = new StringBuilder();
        sb.append("package ").append(PACKAGE).append(";\n"); // 1
        sb.append("import io.kakaorm.Filter;\n"); // 2
        sb.append("import java.time.*;\n"); // 3
        sb.append("import java.util.ArrayList;\n"); // 4
        sb.append("import java.util.List;\n"); // 5
        sb.append("@SuppressWarnings(\"all\")\n"); // 6
        sb.append("public final class ").append(name).append(" {\n"); // 7
        sb.append("  public static List<Filter<EdgeRow>> lambdas(Object[] c) {\n"); // 8
        sb.append("    List<Filter<EdgeRow>> out = new ArrayList<>();\n"); // 9
        for (LambdaGenerator.Gen g : gens) {
            sb.append("    { ");
            for (int i = 0; i < g.captures().size(); i++) {
                LambdaGenerator.Capture cap = g.captures().get(i);
                sb.append(cap.type())
                        .append(" v")
                        .append(i)
                        .append(" = (")
                        .append(BOX.getOrDefault(cap.type(), cap.type()))
                        .append(") c[")
                        .append(captured.size())
                        .append("]; ");
                captured.add(cap.value());
            }
            sb.append("Filter<EdgeRow> f = r -> ").append(g.body()).append("; out.add(f); }\n");
        }
        sb.append("    return out;\n  }\n}\n");
        return sb.toString();
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // best effort at JVM exit
        }
    }
}
