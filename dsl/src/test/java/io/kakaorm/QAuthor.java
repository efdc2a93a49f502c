package io.kakaorm;

/** A model for the builder tests. */
@Table(name = "q_author")
public class QAuthor extends Model<QAuthor> {
    public String name;
    public boolean active;
}
