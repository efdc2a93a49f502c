package io.kakaorm.samples;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

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
 * Every ```java block of the README is a tagged region (// tag::x[] … // end::x[]) of a compiled
 * sample, so the docs cannot drift from code that compiles and is tested.
 */
class ReadmeTest {
    private static final Path ROOT = Path.of("..");

    @Test
    void everyJavaBlockOfTheReadme_isATaggedRegionOfACompiledSample() throws IOException {
        List<String> regions = taggedRegions();
        assertTrue(regions.size() >= 10, "expected the samples to hold tagged regions, found " + regions.size());
        List<String> blocks = javaBlocks(Files.readString(ROOT.resolve("README.md")));
        assertTrue(blocks.size() >= 10, "expected java blocks in the README, found " + blocks.size());
        List<String> missing = new ArrayList<>();
        for (String block : blocks) {
            String b = normalise(block);
            if (regions.stream().noneMatch(r -> r.equals(b))) {
                missing.add(block.lines().findFirst().orElse(""));
            }
        }
        if (!missing.isEmpty()) {
            fail("README java blocks that are not a tagged sample region (first lines): " + missing);
        }
    }

    private static List<String> javaBlocks(String readme) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static List<String> taggedRegions() throws IOException {
        List<String> out = new ArrayList<>();
        Pattern region = Pattern.compile("// tag::([\\w-]+)\\[]\\n(.*?)\\n\\s*// end::\\1\\[]", Pattern.DOTALL);
        List<Path> sources;
        try (Stream<Path> s = Files.walk(ROOT)) {
            sources = s.filter(
                            p -> p.toString().endsWith(".java") && !p.toString().contains("/target/"))
                    .toList();
        }
        for (Path p : sources) {
            Matcher m = region.matcher(Files.readString(p));
            while (m.find()) {
                out.add(normalise(m.group(2)));
            }
        }
        return out;
    }

    /** Removes the common indentation and trailing blanks, so a region inside a method matches a block. */
    static String normalise(String text) {
        List<String> lines = text.lines().toList();
        int indent = lines.stream()
                .filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length())
                .min()
                .orElse(0);
        StringBuilder b = new StringBuilder();
        for (String l : lines) {
            b.append(l.isBlank() ? "" : l.substring(indent).stripTrailing()).append('\n');
        }
        return b.toString().strip();
    }
}
