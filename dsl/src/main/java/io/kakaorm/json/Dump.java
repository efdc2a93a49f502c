package io.kakaorm.json;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What {@link ModelJson#toJson(io.kakaorm.Model, Dump)} and {@code toMap} leave out: the seed's
 * {@code model_dump(exclude={...}, exclude_none=True)}; and for {@code toJson}, which loaded relations it
 * nests. Immutable.
 *
 * <pre>{@code
 * JsonObject body = user.toJson(Dump.all().exclude("password").excludeNulls());
 * JsonObject post = post.toJson(Dump.all().with("author", "comments.author"));   // prefetched relations
 * }</pre>
 *
 * <p>A dotted name reaches into a nested relation: {@code with("comments.author")} nests the comments and
 * each comment's author, {@code exclude("comments.body")} leaves the body out of each comment.
 * {@code excludeNulls} holds at every depth.
 *
 * @param excluded      Java field names to leave out
 * @param nullsExcluded whether fields holding {@code null} are left out
 * @param relations     relation field names to nest (their loaded value) in {@code toJson}
 */
public record Dump(Set<String> excluded, boolean nullsExcluded, Set<String> relations) {
    private static final Dump ALL = new Dump(Set.of(), false, Set.of());

    public Dump {
        excluded = Set.copyOf(excluded);
        relations = Set.copyOf(relations);
    }

    /** A dump without relations. */
    public Dump(Set<String> excluded, boolean nullsExcluded) {
        this(excluded, nullsExcluded, Set.of());
    }

    /** Every column, nulls included (what {@code toJson()} writes). */
    public static Dump all() {
        return ALL;
    }

    /** This dump without {@code fields} as well. */
    public Dump exclude(String... fields) {
        Set<String> s = new LinkedHashSet<>(excluded);
        s.addAll(List.of(fields));
        return new Dump(s, nullsExcluded, relations);
    }

    /** This dump without the fields that hold {@code null}. */
    public Dump excludeNulls() {
        return new Dump(excluded, true, relations);
    }

    /**
     * This dump nesting the relations {@code names} too, each as its loaded value: a JSON object (or null)
     * for {@code belongsTo}/{@code hasOne}, an array for {@code hasMany}. Nothing is queried: a relation
     * named here that is not loaded (by {@code prefetch} or {@code load()}) makes {@code toJson} throw
     * {@link io.kakaorm.relation.RelationNotLoadedException}.
     */
    public Dump with(String... names) {
        Set<String> s = new LinkedHashSet<>(relations);
        s.addAll(List.of(names));
        return new Dump(excluded, nullsExcluded, s);
    }

    boolean keeps(String field, Object value) {
        return !excluded.contains(field) && (value != null || !nullsExcluded);
    }

    /** The relations named at this level (the first part of each path), in the order given. */
    Set<String> relationNames() {
        Set<String> out = new LinkedHashSet<>();
        for (String r : relations) {
            int dot = r.indexOf('.');
            out.add(dot < 0 ? r : r.substring(0, dot));
        }
        return out;
    }

    /** The dump of the models in relation {@code name}: the paths below it, and excludeNulls. */
    Dump inside(String name) {
        return new Dump(below(excluded, name), nullsExcluded, below(relations, name));
    }

    private static Set<String> below(Set<String> paths, String name) {
        Set<String> out = new LinkedHashSet<>();
        String prefix = name + ".";
        for (String p : paths) {
            if (p.startsWith(prefix)) {
                out.add(p.substring(prefix.length()));
            }
        }
        return out;
    }
}
