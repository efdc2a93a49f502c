package io.kakaorm.json;

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

/** One field of every column type. */
public class Gizmo extends Model<Gizmo> {
    public enum Size {
        SMALL,
        LARGE
    }

    @Column(nullable = false, maxLength = 10)
    public String name;

    public String note;
    public short s;
    public int i;
    public long l;
    public Integer boxed;
    public float f;
    public double d;
    public boolean flag = true;

    @Column(precision = 6, scale = 2)
    public BigDecimal price;

    public OffsetDateTime at;
    public Instant instant;
    public LocalDateTime local;
    public LocalDate day;
    public LocalTime time;
    public UUID uuid;
    public byte[] bytes;
    public Size size;

    @AutoNowAdd
    public OffsetDateTime createdAt;
}
