package io.kakaorm.migration.models;

import io.kakaorm.Column;
import io.kakaorm.Id;
import io.kakaorm.Index;
import io.kakaorm.Model;
import io.kakaorm.Table;

/** A natural text key, a composite unique index. */
@Table(
        name = "kkmig_country",
        indexes =
                @Index(
                        value = {"name", "region"},
                        unique = true))
public class Country extends Model<Country> {
    @Id
    @Column(maxLength = 2)
    public String code;

    @Column(maxLength = 60, nullable = false)
    public String name;

    public String region;
}
