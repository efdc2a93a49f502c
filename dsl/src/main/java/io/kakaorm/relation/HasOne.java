package io.kakaorm.relation;

import io.kakaorm.Model;
import io.kakaorm.Selector;
import io.vertx.core.Future;

/**
 * A one-to-one relation through a foreign key of the other model: {@code author.profile} for
 * {@code Profile.authorId → Author.id}.
 *
 * <pre>{@code
 * public final HasOne<Profile> profile = hasOne(Profile.class, p -> p.authorId);
 * Profile p = author.profile.load().await();   // null when there is none
 * }</pre>
 *
 * @param <R> the related model
 */
public final class HasOne<R extends Model<R>> extends Relation<R, R> {

    /**
     * Declare relations with {@code Model.hasOne(...)}, which passes the owner.
     *
     * @param owner  the model instance referenced by the other model's foreign key
     * @param target the model holding the foreign key
     * @param key    the target's foreign-key field, or {@code null} to find the one {@code @ForeignKey}
     *               field of {@code target} that references the owner's model
     */
    public HasOne(Model<?> owner, Class<R> target, Selector<?, ?> key) {
        super(owner, target, key);
    }

    @Override
    Object currentKey() {
        return Keys.ownerKey(this);
    }

    /** Fails with {@code MultipleResultsException} when several rows reference the owner. */
    @Override
    Future<R> fetch(Object k) {
        return query().getOrNone();
    }
}
