package io.kakaorm.vertx.it;

import io.kakaorm.Column;
import io.kakaorm.Id;
import io.kakaorm.Model;

/** The seed's custom primary key example. */
public class Country extends Model<Country> {
    @Id
    @Column(maxLength = 2)
    public String code;

    @Column(nullable = false)
    public String name;
}
