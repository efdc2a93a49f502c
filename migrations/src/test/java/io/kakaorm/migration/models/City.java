package io.kakaorm.migration.models;

import io.kakaorm.Column;
import io.kakaorm.ForeignKey;
import io.kakaorm.Id;
import io.kakaorm.Model;
import io.kakaorm.OnDelete;
import io.kakaorm.Table;
import java.util.UUID;

/** A UUID key without auto-increment, a text foreign key, an explicit NO ACTION. */
@Table(name = "kkmig_city")
public class City extends Model<City> {
    @Id
    public UUID uid;

    @ForeignKey(value = Country.class, onDelete = OnDelete.NO_ACTION)
    @Column(maxLength = 2, nullable = false)
    public String countryCode;
}
