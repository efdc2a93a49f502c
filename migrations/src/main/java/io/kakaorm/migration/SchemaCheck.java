package io.kakaorm.migration;

import java.util.ArrayList;
import java.util.List;

/**
 * How the database differs from the models ({@link Migrator#check}): the changes a plan would make, the tables
 * and columns it leaves because drops are not allowed, and the drop-and-add pairs that may be renames nobody
 * has confirmed. CI runs {@code kakaorm makemigrations --check} on it.
 *
 * @param plan             the plan (with drops when they were allowed)
 * @param undropped        what the models no longer have and the plan does not drop
 * @param renameCandidates drops and adds that may be renames, not resolved by a hint
 */
public record SchemaCheck(MigrationPlan plan, List<Undropped> undropped, List<RenameCandidate> renameCandidates) {
    public SchemaCheck {
        undropped = List.copyOf(undropped);
        renameCandidates = List.copyOf(renameCandidates);
    }

    /** Whether the database matches the models: nothing to plan, nothing left undropped, no open rename. */
    public boolean matches() {
        return plan.isEmpty() && undropped.isEmpty() && renameCandidates.isEmpty();
    }

    /**
     * One line per difference, for people: the planned statements, each undropped table or column, each open
     * rename question.
     */
    public List<String> differences() {
        List<String> out = new ArrayList<>();
        plan.sql().forEach(s -> out.add("planned: " + s));
        undropped.forEach(u -> out.add(u.message()));
        renameCandidates.forEach(c -> out.add(c.question() + " (not confirmed)"));
        return out;
    }
}
