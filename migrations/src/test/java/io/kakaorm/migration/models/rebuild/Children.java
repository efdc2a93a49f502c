package io.kakaorm.migration.models.rebuild;

import io.kakaorm.Column;
import io.kakaorm.ForeignKey;
import io.kakaorm.Model;
import io.kakaorm.OnDelete;
import io.kakaorm.Table;

/** The tables referencing {@link Parent}: one per ON DELETE action that a dropped parent would set off. */
public final class Children {
    private Children() {}

    /** ON DELETE CASCADE: a DROP TABLE of the parent with enforcement on deletes these rows. */
    @Table(name = "kkrb_child_cascade")
    public static class Cascade extends Model<Cascade> {
        @ForeignKey(value = Parent.Base.class, onDelete = OnDelete.CASCADE)
        @Column(nullable = false)
        public Long parentId;

        public String label;
    }

    /** {@link Cascade} rebuilt itself: its foreign key now restricts (a rebuild of a child table). */
    @Table(name = "kkrb_child_cascade")
    public static class CascadeNowRestrict extends Model<CascadeNowRestrict> {
        @ForeignKey(value = Parent.Base.class, onDelete = OnDelete.RESTRICT)
        @Column(nullable = false)
        public Long parentId;

        public String label;
    }

    /** ON DELETE SET NULL: a DROP TABLE of the parent with enforcement on nulls these references. */
    @Table(name = "kkrb_child_setnull")
    public static class SetNull extends Model<SetNull> {
        @ForeignKey(value = Parent.Base.class, onDelete = OnDelete.SET_NULL)
        public Long parentId;

        public String label;
    }

    /** ON DELETE RESTRICT: a DROP TABLE of the parent with enforcement on fails. */
    @Table(name = "kkrb_child_restrict")
    public static class Restrict extends Model<Restrict> {
        @ForeignKey(value = Parent.Base.class, onDelete = OnDelete.RESTRICT)
        @Column(nullable = false)
        public Long parentId;

        public String label;
    }
}
