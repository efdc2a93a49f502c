package io.kakaorm.samples.readme;

import io.kakaorm.AutoNow;
import io.kakaorm.AutoNowAdd;
import io.kakaorm.Column;
import io.kakaorm.Model;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A listing that shows the column options: length, precision, CHECK, DEFAULT, index, and the mapped Java types. */
// tag::options[]
public class Listing extends Model<Listing> {
    /** The listing's state, stored as its name. */
    public enum Status { DRAFT, LIVE, SOLD }

    @Column(maxLength = 255, unique = true)
    public String slug;                                  // VARCHAR(255) UNIQUE

    @Column(nullable = false, precision = 10, scale = 2, check = "price > 0")
    public BigDecimal price;                             // NUMERIC(10, 2) NOT NULL CHECK (price > 0)

    @Column(index = true)
    public String category;                              // single-column index

    @Column(defaultValue = "DRAFT")
    public Status status;                                // enum, stored as its name; DEFAULT 'DRAFT'

    public int stock = 0;                                // NOT NULL DEFAULT 0

    public double rating;                                // DOUBLE PRECISION NOT NULL DEFAULT 0
    public Long ownerId;                                 // BIGINT
    public LocalDate availableFrom;                      // DATE
    public LocalTime opensAt;                            // TIME
    public LocalDateTime localStamp;                     // TIMESTAMP (no zone)
    public Instant seenAt;                               // TIMESTAMP WITH TIME ZONE
    public UUID externalId;                              // UUID
    public byte[] photo;                                 // BYTEA / BLOB

    @AutoNowAdd
    public OffsetDateTime createdAt;                     // set on INSERT

    @AutoNow
    public OffsetDateTime updatedAt;                     // set on every INSERT and UPDATE
}
// end::options[]
