package io.kakaorm.vertx.relational;

import io.kakaorm.Model;
import io.kakaorm.Table;

/** An author of the join/group tests; some have no posts. */
@Table(name = "j_author")
public class JAuthor extends Model<JAuthor> {
    public String name;
    public Integer age;

    static JAuthor of(String name, Integer age) {
        JAuthor a = new JAuthor();
        a.name = name;
        a.age = age;
        return a;
    }

    @Override
    public String toString() {
        return "JAuthor[" + id + " " + name + " " + age + "]";
    }
}
