package io.kakaorm.migration.internal;

import io.kakaorm.migration.MigrationException;
import io.kakaorm.migration.MigrationFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The migration files of a directory: {@code NNNN_<name>.sql}, each with an {@code -- up} and an optional
 * {@code -- down} section (a line holding only that comment starts a section).
 */
public final class MigrationFiles {
    /** File names the migrator owns. */
    public static final Pattern FILE_NAME = Pattern.compile("^(\\d+)_([A-Za-z0-9_\\-]+)\\.sql$");
    private static final Pattern SECTION = Pattern.compile("^\\s*--\\s*(up|down)\\s*$", Pattern.CASE_INSENSITIVE);

    private MigrationFiles() {
    }

    /**
     * The migration files of {@code dir} ordered by version; an empty list when the directory does not exist.
     *
     * @throws MigrationException (validation) when two files share a version or a file has no {@code -- up}
     */
    public static List<ParsedMigration> read(Path dir) {
        Map<Integer, ParsedMigration> byVersion = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : (Iterable<Path>) s.sorted()::iterator) {
                Matcher m = FILE_NAME.matcher(p.getFileName().toString());
                if (!m.matches()) {
                    continue;
                }
                ParsedMigration pm = parse(p, Integer.parseInt(m.group(1)), m.group(2));
                ParsedMigration before = byVersion.put(pm.file().version(), pm);
                if (before != null) {
                    throw MigrationException.validation("Two migration files have version " + pm.file().version()
                            + ": " + before.file().fileName() + " and " + pm.file().fileName() + "; renumber one of them.");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read migrations directory " + dir, e);
        }
        return new ArrayList<>(byVersion.values());
    }

    /** Parses one file. */
    public static ParsedMigration parse(Path p, int version, String name) {
        String text;
        try {
            text = Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read migration " + p, e);
        }
        MigrationFile file = new MigrationFile(version, name, p, Checksums.of(text));
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        StringBuilder up = null;
        StringBuilder down = null;
        StringBuilder cur = null;
        int upLine = 0;
        int downLine = 0;
        for (int i = 0; i < lines.length; i++) {
            Matcher m = SECTION.matcher(lines[i]);
            if (m.matches()) {
                if (m.group(1).equalsIgnoreCase("up")) {
                    up = cur = new StringBuilder();
                    upLine = i + 2;
                } else {
                    down = cur = new StringBuilder();
                    downLine = i + 2;
                }
                continue;
            }
            if (cur != null) {
                cur.append(lines[i]).append('\n');
            }
        }
        if (up == null) {
            throw MigrationException.validation("Migration " + p.getFileName() + " has no '-- up' line; the file"
                    + " format is: '-- up', the statements, then optionally '-- down' and the statements that undo them.");
        }
        return new ParsedMigration(file, SqlSplitter.split(up.toString(), upLine),
                down == null ? List.of() : SqlSplitter.split(down.toString(), downLine));
    }

    /** The text of a new migration file. */
    public static String render(String fileName, List<String> up, List<String> down, String generator) {
        StringBuilder b = new StringBuilder();
        b.append("-- KakaORM migration ").append(fileName).append('\n');
        b.append("-- ").append(generator).append('\n');
        b.append("-- up\n");
        up.forEach(s -> b.append(s).append(";\n"));
        b.append("-- down\n");
        down.forEach(s -> b.append(s).append(";\n"));
        return b.toString();
    }

    /** The next version: one more than the highest in {@code dir} (not a count of its files). */
    public static int nextVersion(Path dir) {
        int max = 0;
        for (ParsedMigration m : read(dir)) {
            max = Math.max(max, m.file().version());
        }
        return max + 1;
    }
}
