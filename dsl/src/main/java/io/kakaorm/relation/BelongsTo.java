package io.kakaorm.relation;

import io.kakaorm.Model;
import io.kakaorm.Selector;
import io.vertx.core.Future;

/**
 * A many-to-one relation through a foreign key of the owner: {@code post.author} for
 * {@code Post.authorId → Author.id}.
 *
 * <pre>{@code
 * public final BelongsTo<Author> author = belongsTo(Author.class, p -> p.authorId);
 * Author a = post.author.load().await();   // null when authorId is null
 * post.author.set(otherAuthor);            // sets post.authorId
 * }</pre>
 *
 * @param <R> the related model
 */
public final class BelongsTo<R extends Model<R>> extends Relation<R, R> {

    /**
     * Declare relations with {@code Model.belongsTo(...)}, which passes the owner.
     *
     * @param owner  the model instance holding the foreign key
     * @param target the referenced model
     * @param key    the owner's foreign-key field ({@code p -> p.authorId}), or {@code null} to find the
     *               one {@code @ForeignKey} field that references {@code target}
     */
    public BelongsTo(Model<?> owner, Class<R> target, Selector<?, ?> key) {
        super(owner, target, key);
    }

    /**
     * Points the relation at {@code related}: sets the owner's foreign key to its primary key (or to
     * {@code null} when {@code related} is {@code null}) and caches it as the loaded value. Saving the
     * owner writes the key.
     *
     * @throws IllegalArgumentException when {@code related} is not saved (it has no key yet)
     */
    public void set(R related) {
        RelationSpec s = spec();
        Object key = null;
        if (related != null) {
            key = s.targetColumn().get(related);
            if (key == null || !related.isPersisted()) {
                throw new IllegalArgumentException("cannot set " + s.label() + " to an unsaved "
                        + related.getClass().getSimpleName() + ": save() it first, so that it has a key");
            }
        }
        s.ownerColumn().set(owner(), key);
        fill(related, key);
    }

    @Override
    Object currentKey() {
        return ownerKeyOrNull();
    }

    @Override
    Future<R> fetch(Object k) {
        return k == null ? Future.succeededFuture(null) : query().getOrNone();
    }
}
