package io.kakaorm.vertx.writes;

import io.kakaorm.Column;
import io.kakaorm.Model;

/** The referenced side, with a UNIQUE and a CHECK column. */
public class Owner extends Model<Owner> {
    @Column(nullable = false, unique = true, maxLength = 50)
    public String name;

    @Column(check = "score >= 0")
    public Integer score;
}
