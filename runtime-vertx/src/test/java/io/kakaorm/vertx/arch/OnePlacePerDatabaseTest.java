package io.kakaorm.vertx.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every per-database fact lives in its database's own packages ({@code …dialect.<db>},
 * {@code …vertx.internal.<db>}, {@code …migration.internal.<db>}), found through the providers: outside them,
 * no main source file of the dialects, the runtime or the migrations names a database in a string literal,
 * imports a database's package or spells one of its classes by full name. A new database is then its
 * packages plus one services line. The one exception is {@code ConnectOptions}, whose constants and
 * factories for the built-in databases are public API.
 */
class OnePlacePerDatabaseTest {
    private static final Set<String> DATABASES = Set.of("postgres", "mysql", "sqlite");
    private static final Pattern NAMES = Pattern.compile("(?i)postgres|mysql|mariadb|sqlite");
    private static final Pattern DB_PACKAGE = Pattern.compile(
            "io\\.kakaorm\\.(?:dialect|vertx\\.internal|migration\\.internal)\\.(?:postgres|mysql|sqlite)\\b");
    private static final Set<String> ALLOWED = Set.of("io/kakaorm/vertx/ConnectOptions.java", "module-info.java");
    private static final List<Path> ROOTS = List.of(
            Path.of("../dialects/src/main/java"), Path.of("src/main/java"), Path.of("../migrations/src/main/java"));

    @Test
    void noFileOutsideADatabasesPackagesNamesADatabase() throws IOException {
        List<String> found = new ArrayList<>();
        int files = 0;
        for (Path root : ROOTS) {
            assertTrue(Files.isDirectory(root), root.toAbsolutePath() + " is missing");
            try (Stream<Path> all = Files.walk(root)) {
                for (Path file : all.filter(p -> p.toString().endsWith(".java")).toList()) {
                    String rel = root.relativize(file).toString().replace('\\', '/');
                    if (ALLOWED.contains(rel) || inDatabasePackage(rel)) {
                        continue;
                    }
                    files++;
                    found.addAll(offences(rel, Files.readString(file)));
                }
            }
        }
        assertTrue(files > 100, "scanned only " + files + " files: are the source roots right?");
        assertEquals(List.of(), found, "per-database facts outside the database's own packages");
    }

    /** The scanner itself: literals are found, comments and character literals are not. */
    @Test
    void theScannerReadsLiteralsNotComments() {
        String src = "class A { // \"postgres\" in a comment\n"
                + "/* \"mysql\" */ char q = '\"'; String s = \"x \\\" SQLite\";\n"
                + "String t = \"\"\"\n  on MariaDB\n  \"\"\"; Object o = io.kakaorm.dialect.postgres.PostgresDialect.NAME; }";
        List<String> o = offences("A.java", src);
        assertEquals(3, o.size(), o.toString());
        assertTrue(
                o.get(0).contains("SQLite")
                        && o.get(1).contains("MariaDB")
                        && o.get(2).contains("postgres"),
                o.toString());
    }

    private static boolean inDatabasePackage(String rel) {
        String[] parts = rel.split("/");
        for (int i = 0; i < parts.length - 1; i++) {
            if (DATABASES.contains(parts[i])) {
                return true;
            }
        }
        return false;
    }

    /** Database names in string literals, and references to a database's package, in {@code src}. */
    static List<String> offences(String file, String src) {
        List<String> out = new ArrayList<>();
        StringBuilder code = new StringBuilder(); // the source without comments and literals
        int i = 0;
        int n = src.length();
        while (i < n) {
            char c = src.charAt(i);
            if (c == '/' && i + 1 < n && src.charAt(i + 1) == '/') {
                int end = src.indexOf('\n', i);
                i = end < 0 ? n : end;
            } else if (c == '/' && i + 1 < n && src.charAt(i + 1) == '*') {
                int end = src.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (c == '\'') {
                int j = i + 1;
                while (j < n && src.charAt(j) != '\'') {
                    j += src.charAt(j) == '\\' ? 2 : 1;
                }
                i = j + 1;
                code.append("' '");
            } else if (src.startsWith("\"\"\"", i)) {
                int end = src.indexOf("\"\"\"", i + 3);
                end = end < 0 ? n : end;
                check(file, src, src.substring(i + 3, end), i, out);
                i = end + 3;
                code.append("\"\"");
            } else if (c == '"') {
                int j = i + 1;
                while (j < n && src.charAt(j) != '"') {
                    j += src.charAt(j) == '\\' ? 2 : 1;
                }
                check(file, src, src.substring(i + 1, Math.min(j, n)), i, out);
                i = j + 1;
                code.append("\"\"");
            } else {
                code.append(c);
                i++;
            }
        }
        Matcher m = DB_PACKAGE.matcher(code);
        while (m.find()) {
            out.add(file + ": refers to " + m.group() + " (a database's own package)");
        }
        return out;
    }

    private static void check(String file, String src, String literal, int at, List<String> out) {
        if (NAMES.matcher(literal).find()) {
            int line =
                    (int) src.substring(0, at).chars().filter(ch -> ch == '\n').count() + 1;
            out.add(file + ":" + line + ": names a database in \"" + literal.strip() + "\"");
        }
    }
}
