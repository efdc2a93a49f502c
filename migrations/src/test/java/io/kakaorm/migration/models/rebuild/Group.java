package io.kakaorm.migration.models.rebuild;

import io.kakaorm.Column;
import io.kakaorm.Model;
import io.kakaorm.Table;

/** A table the parent may come to reference (the "add a foreign key" rebuild). */
@Table(name = "kkrb_group")
public class Group extends Model<Group> {
    @Column(maxLength = 40, nullable = false)
    public String title;
}
