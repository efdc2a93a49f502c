package io.kakaorm.vertx.it;

import io.kakaorm.Column;
import io.kakaorm.Model;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Every column type of SPEC, nullable, plus two NOT NULL primitives. */
public class Gadget extends Model<Gadget> {
    public enum Color {
        RED,
        GREEN,
        BLUE
    }

    public Short shortV;
    public Integer intV;
    public Long longV;
    public Float floatV;
    public Double doubleV;
    public Boolean boolV;
    public String text;

    @Column(maxLength = 40)
    public String label;

    @Column(precision = 20, scale = 4)
    public BigDecimal price;

    public OffsetDateTime odt;
    public Instant instant;
    public LocalDateTime ldt;
    public LocalDate ld;
    public LocalTime lt;
    public UUID uuid;
    public byte[] bytes;
    public Color color;
    public int count;
    public boolean flag;
}
