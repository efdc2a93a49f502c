package io.kakaorm.migration.models.backfill;

import io.kakaorm.AutoNow;
import io.kakaorm.AutoNowAdd;
import io.kakaorm.Column;
import io.kakaorm.Model;
import io.kakaorm.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;

/**
 * Versions of one table ({@code kkbf_entry}): {@link V1} holds rows, {@link V2} adds NOT NULL auto timestamps and
 * NOT NULL columns with defaults, {@link V3} a NOT NULL column with neither.
 */
public final class Entry {
    private Entry() {}

    /** The table with rows. */
    @Table(name = "kkbf_entry")
    public static class V1 extends Model<V1> {
        @Column(maxLength = 40)
        public String title;
    }

    /** Adds columns every existing row needs a value for. */
    @Table(name = "kkbf_entry")
    public static class V2 extends Model<V2> {
        @Column(maxLength = 40)
        public String title;

        @AutoNowAdd
        @Column(nullable = false)
        public Instant createdAt;

        @AutoNow
        @Column(nullable = false)
        public OffsetDateTime changedAt;

        @AutoNow
        @Column(nullable = false)
        public LocalDateTime touchedAt;

        @AutoNowAdd
        @Column(nullable = false)
        public LocalDate day;

        @Column(nullable = false, maxLength = 10)
        public String state = "new";

        public int score = 5;
    }

    /** Adds a NOT NULL column without a default: refused. */
    @Table(name = "kkbf_entry")
    public static class V3 extends Model<V3> {
        @Column(maxLength = 40)
        public String title;

        @Column(nullable = false, maxLength = 10)
        public String owner;
    }
}
