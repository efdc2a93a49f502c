package io.kakaorm.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The bench measures what users get: it reaches no {@code internal} package of KakaORM (by import or by
 * fully-qualified name), so a figure it prints is a figure of the shipped code through its modules' exports.
 */
class BenchBoundaryTest {
    private static final Pattern INTERNAL = Pattern.compile("\\bio\\.kakaorm(\\.\\w+)*\\.internal\\b");

    @Test
    void noInternalPackageIsUsed() throws IOException {
        Path sources = Path.of("src/main/java");
        assertTrue(Files.isDirectory(sources), "run from tools/bench: " + sources.toAbsolutePath());
        List<String> found = new ArrayList<>();
        int files = 0;
        try (Stream<Path> all = Files.walk(sources)) {
            for (Path f : (Iterable<Path>) all.filter(p -> p.toString().endsWith(".java"))::iterator) {
                files++;
                List<String> lines = Files.readAllLines(f);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = INTERNAL.matcher(lines.get(i));
                    if (m.find()) {
                        found.add(sources.relativize(f) + ":" + (i + 1) + ": "
                                + lines.get(i).trim());
                    }
                }
            }
        }
        assertTrue(files > 10, "no bench sources found under " + sources.toAbsolutePath());
        assertEquals(List.of(), found, "the bench uses KakaORM internals");
    }

    @Test
    void thePatternCatchesAnImportAndAQualifiedName() {
        assertTrue(INTERNAL.matcher("import io.kakaorm.vertx.internal.query.ModelMapper;")
                .find());
        assertTrue(INTERNAL.matcher("x = new io.kakaorm.migration.internal.SqlSplitter();")
                .find());
        assertTrue(!INTERNAL.matcher("import io.kakaorm.vertx.Database;").find());
    }
}
