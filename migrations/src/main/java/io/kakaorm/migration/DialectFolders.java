package io.kakaorm.migration;

import io.kakaorm.dialect.Dialect;
import io.kakaorm.dialect.Dialects;
import io.kakaorm.migration.internal.MigrationFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One history for several kinds of database, as Flyway's vendor folders: {@code migrations/sqlite/},
 * {@code migrations/postgres/}, {@code migrations/mysql/}, each holding the same versions written for its
 * database. A migrations directory with such folders is used through the folder of the connected
 * database; one without them is used as it is. Stateless.
 */
public final class DialectFolders {
    /**
     * The folder (and dialect) names, in the order files are generated: every dialect found, in the order
     * they are declared ({@code sqlite}, {@code postgres}, {@code mysql}).
     */
    public static final List<String> NAMES =
            Dialects.all().stream().map(Dialect::name).toList();

    private DialectFolders() {}

    /**
     * The dialect names of a {@code --dialects} list ({@code sqlite,postgresql,mysql}; {@code pg} and
     * {@code mariadb} are accepted too), without repeats.
     *
     * @throws MigrationSettingsException for an unknown name
     */
    public static List<String> parse(List<String> given) {
        Set<String> out = new LinkedHashSet<>();
        for (String g : given) {
            for (String part : g.split(",")) {
                String p = part.trim().toLowerCase(Locale.ROOT);
                if (p.isEmpty()) {
                    continue;
                }
                try {
                    out.add(Dialects.forName(p).name()); // a dialect's own name or one of its aliases
                } catch (IllegalArgumentException e) {
                    throw new MigrationSettingsException("Unknown dialect '" + part.trim() + "' in --dialects; "
                            + e.getMessage().substring(e.getMessage().indexOf("known dialects")));
                }
            }
        }
        return new ArrayList<>(out);
    }

    /** Whether {@code root} holds at least one dialect folder. */
    public static boolean perDialect(Path root) {
        for (String n : NAMES) {
            if (Files.isDirectory(root.resolve(n))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The folder of {@code dialect} under {@code root} when {@code root} has dialect folders, else {@code root}.
     *
     * @throws MigrationException (validation) when {@code root} has dialect folders but not this one's
     */
    public static Path folder(Path root, String dialect) {
        if (!perDialect(root)) {
            return root;
        }
        Path own = root.resolve(dialect);
        if (!Files.isDirectory(own)) {
            List<String> there = new ArrayList<>();
            NAMES.forEach(n -> {
                if (Files.isDirectory(root.resolve(n))) {
                    there.add(n);
                }
            });
            throw MigrationException.validation("The migrations directory " + root + " has folders for " + there
                    + " but none for " + dialect + ": generate them with makemigrations --dialects "
                    + String.join(",", there) + "," + dialect + ", or point --dir at the folder to use");
        }
        return own;
    }

    /** One after the highest version in any dialect folder of {@code root} (and {@code root} itself). */
    public static int nextVersion(Path root) {
        int next = MigrationFiles.nextVersion(root);
        for (String n : NAMES) {
            next = Math.max(next, MigrationFiles.nextVersion(root.resolve(n)));
        }
        return next;
    }
}
