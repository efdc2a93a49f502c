package io.kakaorm.lambda.testmodel;

import io.kakaorm.Model;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A model with one field of each kind the decoder handles. */
public class Post extends Model<Post> {
    public int views;
    public long likes;
    public double score;
    public Integer rating;
    public String title;
    public String body;
    public boolean published;
    public BigDecimal price;
    public LocalDate day;
    public OffsetDateTime createdAt;
    public Long authorId;
    public Status status;

    public int getViews() {
        return views;
    }

    public String getTitle() {
        return title;
    }

    public boolean isPublished() {
        return published;
    }

    /** Not a getter of a column: decoded from its body. */
    public String summary() {
        return title + "…";
    }

    /** A derived property: decoded from its body. */
    public boolean isHot() {
        return views > 1000 || likes > 100;
    }

    /** Uses something that cannot be translated. */
    public boolean hasPattern() {
        return title.matches("a.*");
    }

    public static boolean popular(Post p) {
        return p.views > 1000 && p.published;
    }
}
