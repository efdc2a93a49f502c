package io.kakaorm.vertx.query;

import io.kakaorm.Model;
import io.kakaorm.Table;

/** The seed's Author, for IN-subqueries. */
@Table(name = "q_author")
public class QAuthor extends Model<QAuthor> {
    public String name;
    public boolean isActive;

    static QAuthor of(String name, boolean active) {
        QAuthor a = new QAuthor();
        a.name = name;
        a.isActive = active;
        return a;
    }
}
