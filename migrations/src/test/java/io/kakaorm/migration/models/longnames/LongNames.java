package io.kakaorm.migration.models.longnames;

import io.kakaorm.Column;
import io.kakaorm.ForeignKey;
import io.kakaorm.Index;
import io.kakaorm.Model;
import io.kakaorm.OnDelete;
import io.kakaorm.Table;

/**
 * Every constraint and index name over 63 characters: a UNIQUE and a CHECK on one column (distinct names,
 * which MariaDB would otherwise both call after the column), a foreign key, a single and a composite index.
 */
@Table(
        name = "kkddl_another_table_whose_name_is_long_on_purpose",
        indexes = @Index(value = {"aColumnWhoseNameIsLongTooReally", "otherColumnWithALongName"}))
public class LongNames extends Model<LongNames> {
    @Column(unique = true, maxLength = 50, check = "a_column_whose_name_is_long_too_really <> ''")
    public String aColumnWhoseNameIsLongTooReally;

    @ForeignKey(value = LongTarget.class, onDelete = OnDelete.SET_NULL)
    public Long theReferencedTargetIdentifierColumn;

    @Column(index = true, maxLength = 40)
    public String otherColumnWithALongName;

    @Column(check = "quantity_with_a_long_enough_name_for_a_check >= 0")
    public int quantityWithALongEnoughNameForACheck;
}
