package io.kakaorm.samples.readme;

import io.kakaorm.Column;
import io.kakaorm.Id;
import io.kakaorm.Model;
import io.kakaorm.Table;

/** A country keyed by its two-letter code: a natural primary key without auto-increment. */
// tag::country[]
@Table(name = "country")
public class Country extends Model<Country> {
    @Id
    @Column(maxLength = 2)
    public String code;                      // "JP", "US": the primary key, no auto-increment

    @Column(nullable = false)
    public String name;
}
// end::country[]
