package io.kakaorm.vertx.query;

import io.kakaorm.Model;
import io.kakaorm.Table;

/** The seed's Post, for the QuerySet integration tests. */
@Table(name = "q_post")
public class QPost extends Model<QPost> {
    public String title;
    public String body;
    public int views;
    public Double score;
    public boolean published;
    public Long authorId;

    static QPost of(String title, int views, Double score, boolean published, Long authorId) {
        QPost p = new QPost();
        p.title = title;
        p.views = views;
        p.score = score;
        p.published = published;
        p.authorId = authorId;
        p.body = views % 2 == 0 ? "body of " + title : null;
        return p;
    }
}
