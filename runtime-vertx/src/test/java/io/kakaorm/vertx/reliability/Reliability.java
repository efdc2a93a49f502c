package io.kakaorm.vertx.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Appends measured figures to {@code target/reliability.txt} (one {@code name<TAB>value} line each), the
 * source of the numbers in RELIABILITY.md.
 */
public final class Reliability {
    private Reliability() {}

    /** Appends {@code name<TAB>value}. */
    public static synchronized void record(String name, Object value) {
        try {
            Path p = Path.of("target", "reliability.txt");
            Files.createDirectories(p.getParent());
            Files.writeString(p, name + "\t" + value + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
