package io.kakaorm.vertx.relational;

import io.kakaorm.Model;
import io.kakaorm.Table;

/** A post of the join/group tests; some have no author (NULL key). */
@Table(name = "j_post")
public class JPost extends Model<JPost> {
    public String title;
    public int views;
    public Double score;
    public boolean published;
    public Long authorId;

    static JPost of(String title, int views, Double score, boolean published, Long authorId) {
        JPost p = new JPost();
        p.title = title;
        p.views = views;
        p.score = score;
        p.published = published;
        p.authorId = authorId;
        return p;
    }

    @Override
    public String toString() {
        return "JPost[" + id + " " + title + " " + views + " " + score + " " + published + " " + authorId + "]";
    }
}
