package io.kakaorm.vertx.relational;

import io.kakaorm.Model;
import io.kakaorm.Table;

/** A comment on a post, for three-model joins. */
@Table(name = "j_comment")
public class JComment extends Model<JComment> {
    public Long postId;
    public String body;
    public int likes;

    static JComment of(Long postId, String body, int likes) {
        JComment c = new JComment();
        c.postId = postId;
        c.body = body;
        c.likes = likes;
        return c;
    }
}
