package io.kakaorm;

/** A model for the builder tests. */
@Table(name = "q_post")
public class QPost extends Model<QPost> {
    public String title;
    public int views;
    public Double score;
    public boolean published;
    public Long authorId;
}
