package io.kakaorm.migration;

import io.kakaorm.migration.internal.ParsedMigration;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Compares migration files with history rows: status lines, pending files and what stops a run. */
final class Validation {
    private Validation() {}

    static List<MigrationStatus> status(List<ParsedMigration> files, List<AppliedMigration> history) {
        Map<Integer, AppliedMigration> applied = new LinkedHashMap<>();
        history.forEach(h -> applied.put(h.version(), h));
        TreeMap<Integer, MigrationStatus> out = new TreeMap<>();
        for (ParsedMigration f : files) {
            AppliedMigration h = applied.remove(f.file().version());
            MigrationState state = h == null
                    ? MigrationState.PENDING
                    : !h.success()
                            ? MigrationState.FAILED
                            : h.checksum().equals(f.file().checksum())
                                    ? MigrationState.APPLIED
                                    : MigrationState.CHANGED;
            out.put(
                    f.file().version(),
                    new MigrationStatus(
                            f.file().version(),
                            f.file().name(),
                            state,
                            h == null ? null : h.appliedAt(),
                            h == null ? null : h.checksum(),
                            f.file().checksum()));
        }
        for (AppliedMigration h : applied.values()) {
            out.put(
                    h.version(),
                    new MigrationStatus(
                            h.version(),
                            h.name(),
                            h.success() ? MigrationState.MISSING : MigrationState.FAILED,
                            h.appliedAt(),
                            h.checksum(),
                            null));
        }
        return new ArrayList<>(out.values());
    }

    /** The first reason not to run, or {@code null}. */
    static MigrationException problem(List<MigrationStatus> status) {
        int maxApplied = 0;
        for (MigrationStatus s : status) {
            if (s.state() == MigrationState.FAILED) {
                return MigrationException.validation("Migration " + label(s) + " failed on an earlier run and left"
                        + " a failed history row. Bring the schema to a consistent state by hand, then run repair"
                        + " (kakaorm repair / VersionedMigrator.repair) and migrate again.");
            }
            if (s.state() == MigrationState.CHANGED) {
                return MigrationException.checksum(label(s), s.appliedChecksum(), s.localChecksum());
            }
            if (s.state() == MigrationState.MISSING) {
                return MigrationException.validation("Migration " + label(s) + " was applied but its file is"
                        + " missing from the migrations directory; restore it.");
            }
            if (s.state() == MigrationState.APPLIED) {
                maxApplied = Math.max(maxApplied, s.version());
            }
        }
        for (MigrationStatus s : status) {
            if (s.state() == MigrationState.PENDING && s.version() < maxApplied) {
                return MigrationException.validation("Migration " + label(s) + " is pending but a later one ("
                        + maxApplied + ") is already applied; renumber it after " + maxApplied + ".");
            }
        }
        return null;
    }

    /** The files still to apply; fails for a changed or failed file or one older than the latest applied. */
    static List<ParsedMigration> pending(List<ParsedMigration> files, List<AppliedMigration> history) {
        List<MigrationStatus> st = status(files, history);
        List<MigrationStatus> relevant = new ArrayList<>();
        for (MigrationStatus s : st) {
            // a missing file does not stop a run (validate() reports it); a failed row may be another
            // migrator's run in progress on MariaDB, so it is judged again under the lock
            if (s.state() != MigrationState.MISSING && s.state() != MigrationState.FAILED) {
                relevant.add(s);
            }
        }
        MigrationException e = problem(relevant);
        if (e != null) {
            throw e;
        }
        List<ParsedMigration> out = new ArrayList<>();
        for (ParsedMigration f : files) {
            boolean done =
                    history.stream().anyMatch(h -> h.version() == f.file().version() && h.success());
            if (!done) {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * Refuses files whose header says they were generated for another dialect than {@code dialect}: their SQL
     * would fail partway (or, worse, mean something else).
     */
    static List<ParsedMigration> sameDialect(List<ParsedMigration> files, String dialect, Path dir) {
        for (ParsedMigration f : files) {
            if (f.dialect() != null && !f.dialect().equals(dialect)) {
                throw MigrationException.validation("Migration " + f.file().fileName() + " was generated for "
                        + f.dialect() + ", but this database is " + dialect + ": its SQL would fail partway, so nothing"
                        + " was run. Keep one migrations directory per kind of database (e.g. " + dir + "/"
                        + f.dialect()
                        + " and " + dir + "/" + dialect + ") and generate the " + dialect + " files against a "
                        + dialect
                        + " database (kakaorm makemigrations --db <" + dialect + " URL> --dir " + dir + "/" + dialect
                        + ").");
            }
        }
        return files;
    }

    private static String label(MigrationStatus s) {
        return String.format("%04d_%s.sql", s.version(), s.name());
    }
}
