package io.kakaorm.migration.models.rebuild;

import io.kakaorm.Column;
import io.kakaorm.ForeignKey;
import io.kakaorm.Model;
import io.kakaorm.OnDelete;
import io.kakaorm.Table;

/**
 * The parent table of the rebuild round trips: {@link Base} and one variant per kind of change that SQLite
 * plans as a table rebuild (all share the table name, so each is a new version of the same table).
 */
public final class Parent {
    private Parent() {}

    /** The starting point. */
    @Table(name = "kkrb_parent")
    public static class Base extends Model<Base> {
        @Column(nullable = false)
        public String name;

        @Column(nullable = false)
        public String note;

        @Column(maxLength = 20, unique = true)
        public String code;

        @Column(check = "score >= 0")
        public int score;

        public String extra;
    }

    /** {@code name} TEXT → VARCHAR(100). */
    @Table(name = "kkrb_parent")
    public static class TypeChanged extends Model<TypeChanged> {
        @Column(maxLength = 100, nullable = false)
        public String name;

        @Column(nullable = false)
        public String note;

        @Column(maxLength = 20, unique = true)
        public String code;

        @Column(check = "score >= 0")
        public int score;

        public String extra;
    }

    /** {@code note} NOT NULL → NULL. */
    @Table(name = "kkrb_parent")
    public static class NullableRelaxed extends Model<NullableRelaxed> {
        @Column(nullable = false)
        public String name;

        public String note;

        @Column(maxLength = 20, unique = true)
        public String code;

        @Column(check = "score >= 0")
        public int score;

        public String extra;
    }

    /** {@code extra} NULL → NOT NULL (every row has a value). */
    @Table(name = "kkrb_parent")
    public static class NullableTightened extends Model<NullableTightened> {
        @Column(nullable = false)
        public String name;

        @Column(nullable = false)
        public String note;

        @Column(maxLength = 20, unique = true)
        public String code;

        @Column(check = "score >= 0")
        public int score;

        @Column(nullable = false)
        public String extra;
    }

    /** {@code extra} gets a DEFAULT. */
    @Table(name = "kkrb_parent")
    public static class DefaultAdded extends Model<DefaultAdded> {
        @Column(nullable = false)
        public String name;

        @Column(nullable = false)
        public String note;

        @Column(maxLength = 20, unique = true)
        public String code;

        @Column(check = "score >= 0")
        public int score;

        @Column(defaultValue = "none")
        public String extra;
    }

    /** {@code extra} dropped (planned with drops allowed). */
    @Table(name = "kkrb_parent")
    public static class ColumnDropped extends Model<ColumnDropped> {
        @Column(nullable = false)
        public String name;

        @Column(nullable = false)
        public String note;

        @Column(maxLength = 20, unique = true)
        public String code;

        @Column(check = "score >= 0")
        public int score;
    }

    /** The UNIQUE of {@code code} removed. */
    @Table(name = "kkrb_parent")
    public static class UniqueDropped extends Model<UniqueDropped> {
        @Column(nullable = false)
        public String name;

        @Column(nullable = false)
        public String note;

        @Column(maxLength = 20)
        public String code;

        @Column(check = "score >= 0")
        public int score;

        public String extra;
    }

    /** A UNIQUE added to {@code extra}. */
    @Table(name = "kkrb_parent")
    public static class UniqueAdded extends Model<UniqueAdded> {
        @Column(nullable = false)
        public String name;

        @Column(nullable = false)
        public String note;

        @Column(maxLength = 20, unique = true)
        public String code;

        @Column(check = "score >= 0")
        public int score;

        @Column(unique = true, maxLength = 40)
        public String extra;
    }

    /** The CHECK of {@code score} changed. */
    @Table(name = "kkrb_parent")
    public static class CheckChanged extends Model<CheckChanged> {
        @Column(nullable = false)
        public String name;

        @Column(nullable = false)
        public String note;

        @Column(maxLength = 20, unique = true)
        public String code;

        @Column(check = "score < 1000")
        public int score;

        public String extra;
    }

    /** The CHECK of {@code score} removed. */
    @Table(name = "kkrb_parent")
    public static class CheckDropped extends Model<CheckDropped> {
        @Column(nullable = false)
        public String name;

        @Column(nullable = false)
        public String note;

        @Column(maxLength = 20, unique = true)
        public String code;

        public int score;
        public String extra;
    }

    /** A new column referencing {@link Group}. */
    @Table(name = "kkrb_parent")
    public static class ForeignKeyAdded extends Model<ForeignKeyAdded> {
        @Column(nullable = false)
        public String name;

        @Column(nullable = false)
        public String note;

        @Column(maxLength = 20, unique = true)
        public String code;

        @Column(check = "score >= 0")
        public int score;

        public String extra;

        @ForeignKey(value = Group.class, onDelete = OnDelete.SET_NULL)
        public Long groupId;
    }
}
