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

    /** Not a getter of a column: calling it in a lambda is rejected. */
    public String summary() {
        return title + "…";
    }

    public static boolean popular(Post p) {
        return p.views > 1000 && p.published;
    }
}
