package io.kakaorm.migration.models.longnames;

import io.kakaorm.Model;
import io.kakaorm.Table;

/** A referenced table with a long name. */
@Table(name = "kkddl_a_referenced_table_whose_name_is_long_on_purpose")
public class LongTarget extends Model<LongTarget> {
    public String label;
}
