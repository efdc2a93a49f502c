package io.kakaorm.dialect;

import io.kakaorm.Column;
import io.kakaorm.ForeignKey;
import io.kakaorm.Id;
import io.kakaorm.Index;
import io.kakaorm.Model;
import io.kakaorm.OnDelete;
import io.kakaorm.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Models of the dialect tests: reserved words as names, prefixes of names, every type and option. */
public final class Models {
    private Models() {}

    public enum Status {
        DRAFT,
        PUBLISHED
    }

    /** A table named by a reserved word, and a column whose name prefixes another's. */
    @Table(name = "order")
    public static class Order extends Model<Order> {
        @Column(nullable = false)
        public String name;

        public String nameKana;
        public int qty;
    }

    public static class Author extends Model<Author> {
        @Column(nullable = false, unique = true, maxLength = 100)
        public String email;

        public String name;
    }

    @Table(
            name = "group",
            indexes = {@Index({"title", "views"}), @Index(value = "slug", unique = true, name = "ux_group_slug")})
    public static class Post extends Model<Post> {
        @Column(nullable = false)
        public String title;

        public String slug;

        @Column(check = "views >= 0")
        public int views;

        public Integer score;
        public boolean published;
        public Boolean featured;

        @ForeignKey(value = Author.class, onDelete = OnDelete.SET_NULL)
        public Long authorId;

        @Column(index = true)
        public String category;

        public Double rating;
        public BigDecimal price;
        public Status status;
    }

    /** Every column type, with a default where one is allowed. */
    public static class AllTypes extends Model<AllTypes> {
        public short s = 7;
        public int i = -3;
        public long l = 9_000_000_000L;
        public float f = 1.5f;
        public double d = 0.1;
        public boolean b = true;
        public String text = "it's";

        @Column(maxLength = 20, defaultValue = "back\\slash")
        public String bounded;

        @Column(precision = 10, scale = 2, defaultValue = "12.50")
        public BigDecimal amount;

        public BigDecimal free;

        @Column(defaultValue = "2024-01-02T03:04:05.123456+02:00")
        public OffsetDateTime odt;

        @Column(defaultValue = "2024-01-02T01:04:05Z")
        public Instant instant;

        @Column(defaultValue = "2024-01-02T03:04:05.5")
        public LocalDateTime ldt;

        @Column(defaultValue = "2024-01-02")
        public LocalDate date;

        @Column(defaultValue = "03:04:05")
        public LocalTime time;

        @Column(defaultValue = "123e4567-e89b-12d3-a456-426614174000")
        public UUID uuid;

        public byte[] bytes;
        public Status status = Status.DRAFT;
    }

    /** A natural string key. */
    public static class Country extends Model<Country> {
        @Id
        public String code;

        public String name;
    }

    /** An explicit integer key that the database generates, and a FK to a string key. */
    public static class City extends Model<City> {
        @Id(autoIncrement = true)
        public int cityId;

        @ForeignKey(Country.class)
        public String countryCode;
    }

    /** Names too long for PostgreSQL's and MySQL's identifier limits once prefixed. */
    @Table(
            name = "a_table_name_that_is_rather_long_for_an_index",
            indexes = @Index({"someRatherLongColumnName", "anotherRatherLongColumnName"}))
    public static class LongNames extends Model<LongNames> {
        @Column(maxLength = 100)
        public String someRatherLongColumnName;

        @Column(maxLength = 100)
        public String anotherRatherLongColumnName;

        @ForeignKey(Author.class)
        public Long authorIdentifierReferenceColumn;
    }
}
