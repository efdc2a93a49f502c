package io.kakaorm.vertx.inlist;

import io.kakaorm.Model;
import java.time.LocalDate;
import java.util.UUID;

/** A row with one column of every type an IN collection binds as one value, most of them nullable. */
public class InItem extends Model<InItem> {
    /** A colour, stored as its name. */
    public enum Tone {
        RED,
        GREEN,
        BLUE
    }

    public int n;
    public Integer ni;
    public long big;
    public Long nbig;
    public String s;
    public Short sh;
    public UUID u;
    public Tone tone;
    public LocalDate day;

    @Override
    public String toString() {
        return "InItem{n=" + n + ", ni=" + ni + ", big=" + big + ", nbig=" + nbig + ", s=" + s + ", sh=" + sh + ", u="
                + u + ", tone=" + tone + ", day=" + day + "}";
    }
}
