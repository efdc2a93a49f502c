package io.kakaorm.relation;

import io.kakaorm.Model;
import io.kakaorm.Selector;
import io.vertx.core.Future;
import java.util.List;

/**
 * A one-to-many relation through a foreign key of the other model: {@code author.posts} for
 * {@code Post.authorId → Author.id}.
 *
 * <pre>{@code
 * public final HasMany<Post> posts = hasMany(Post.class, p -> p.authorId);
 * List<Post> all = author.posts.load().await();
 * long published = author.posts.query().where(p -> p.published).count().await();
 * }</pre>
 *
 * The loaded list is unmodifiable, in the order the database returned it (prefetch with an ordered
 * refinement to choose the order).
 *
 * @param <R> the related model
 */
public final class HasMany<R extends Model<R>> extends Relation<R, List<R>> {

    /**
     * Declare relations with {@code Model.hasMany(...)}, which passes the owner.
     *
     * @param owner  the model instance referenced by the other model's foreign key
     * @param target the model holding the foreign key
     * @param key    the target's foreign-key field ({@code p -> p.authorId}), or {@code null} to find the
     *               one {@code @ForeignKey} field of {@code target} that references the owner's model
     */
    public HasMany(Model<?> owner, Class<R> target, Selector<?, ?> key) {
        super(owner, target, key);
    }

    @Override
    Object currentKey() {
        return Keys.ownerKey(this);
    }

    @Override
    Future<List<R>> fetch(Object k) {
        return query().list().map(List::copyOf);
    }
}
