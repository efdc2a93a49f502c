package io.kakaorm.json;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What {@link ModelJson#toJson(io.kakaorm.Model, Dump)} and {@code toMap} leave out: the seed's
 * {@code model_dump(exclude={...}, exclude_none=True)}. Immutable.
 *
 * <pre>{@code
 * JsonObject body = user.toJson(Dump.all().exclude("password").excludeNulls());
 * }</pre>
 *
 * @param excluded      Java field names to leave out
 * @param nullsExcluded whether fields holding {@code null} are left out
 */
public record Dump(Set<String> excluded, boolean nullsExcluded) {
    private static final Dump ALL = new Dump(Set.of(), false);

    public Dump {
        excluded = Set.copyOf(excluded);
    }

    /** Every column, nulls included (what {@code toJson()} writes). */
    public static Dump all() {
        return ALL;
    }

    /** This dump without {@code fields} as well. */
    public Dump exclude(String... fields) {
        Set<String> s = new LinkedHashSet<>(excluded);
        s.addAll(List.of(fields));
        return new Dump(s, nullsExcluded);
    }

    /** This dump without the fields that hold {@code null}. */
    public Dump excludeNulls() {
        return new Dump(excluded, true);
    }

    boolean keeps(String field, Object value) {
        return !excluded.contains(field) && (value != null || !nullsExcluded);
    }
}
