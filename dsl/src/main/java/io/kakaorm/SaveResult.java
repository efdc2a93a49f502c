package io.kakaorm;

import java.util.List;

/**
 * What {@link Model#saveChanges()} wrote.
 *
 * @param outcome whether the row was inserted, updated, or left alone because nothing had changed
 * @param fields  the Java names of the fields the statement wrote (for an UPDATE: the changed fields,
 *                the ones a {@code beforeUpdate} hook or {@code @AutoNow} set, and the {@link Version}
 *                field); empty when {@link Outcome#UNCHANGED}
 */
public record SaveResult(Outcome outcome, List<String> fields) {
    /** What a save did. */
    public enum Outcome {
        /** A new instance: its row was INSERTed. */
        INSERTED,
        /** A loaded or saved instance with changed fields: they were UPDATEd. */
        UPDATED,
        /** Nothing had changed since the instance was loaded or saved: no SQL was sent, no hook ran. */
        UNCHANGED
    }

    public SaveResult {
        fields = List.copyOf(fields);
    }

    /** Whether a statement was sent (INSERTED or UPDATED). */
    public boolean wrote() {
        return outcome != Outcome.UNCHANGED;
    }
}
