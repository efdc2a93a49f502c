package io.kakaorm.migration.models;

import io.kakaorm.AutoNowAdd;
import io.kakaorm.Column;
import io.kakaorm.ForeignKey;
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

/** Every column type and option the models support. */
@Table(
        name = "kkmig_item",
        indexes = {
            @Index({"category", "price"}),
            @Index(
                    value = {"sku"},
                    unique = true,
                    name = "uq_item_sku")
        })
public class Item extends Model<Item> {
    public short small;
    public int count = 3;
    public long big;
    public float ratio = 1.5f;
    public double weight = 2.25;
    public boolean active = true;
    public Boolean flag;

    @Column(nullable = false)
    public String category = "misc";

    public String notes;

    @Column(maxLength = 30)
    public String sku;

    @Column(precision = 10, scale = 2, check = "price >= 0")
    public BigDecimal price;

    @Column(precision = 8, scale = 2, defaultValue = "12.50")
    public BigDecimal fee;

    public BigDecimal loose;
    public OffsetDateTime at;
    public Instant ts;
    public LocalDateTime ldt;
    public LocalDate day;
    public LocalTime time;
    public UUID uid;
    public byte[] data;
    public Status status = Status.DRAFT;

    @Column(index = true)
    public Integer rank;

    @Column(defaultValue = "-7")
    public Integer negative;

    @Column(defaultValue = "it's \\ fine")
    public String quoted;

    @Column(defaultValue = "2024-01-02")
    public LocalDate since;

    @Column(defaultValue = "2024-01-02T03:04:05")
    public LocalDateTime stamp;

    @Column(defaultValue = "10:30")
    public LocalTime opens;

    @ForeignKey(value = Author.class, onDelete = OnDelete.SET_NULL)
    public Long authorId;

    @ForeignKey(value = Author.class)
    public Long ownerId;

    @ForeignKey(value = Author.class, onDelete = OnDelete.RESTRICT)
    public Long editorId;

    @AutoNowAdd
    public Instant created;
}
