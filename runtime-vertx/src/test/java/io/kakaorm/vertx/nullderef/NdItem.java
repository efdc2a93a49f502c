package io.kakaorm.vertx.nullderef;

import io.kakaorm.Column;
import io.kakaorm.Model;
import io.kakaorm.Table;
import java.time.LocalDate;

/** A row with a nullable value of each kind a filter may dereference, and NOT NULL ones beside them. */
@Table(name = "nd_item")
public class NdItem extends Model<NdItem> {
    public int n;
    public Integer ni;
    public Long nl;
    public Double nd;
    public Boolean nb;
    public LocalDate nday;

    @Column(nullable = false, maxLength = 40)
    public String s;

    @Column(maxLength = 40)
    public String ns;

    static NdItem of(int n, Integer ni, Long nl, Double nd, Boolean nb, LocalDate nday, String s, String ns) {
        NdItem i = new NdItem();
        i.n = n;
        i.ni = ni;
        i.nl = nl;
        i.nd = nd;
        i.nb = nb;
        i.nday = nday;
        i.s = s;
        i.ns = ns;
        return i;
    }

    @Override
    public String toString() {
        return "NdItem{id=" + id + ", n=" + n + ", ni=" + ni + ", nl=" + nl + ", nd=" + nd + ", nb=" + nb + ", nday="
                + nday + ", s=" + s + ", ns=" + ns + "}";
    }
}
