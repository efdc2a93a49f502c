package io.kakaorm.vertx.query;

import io.kakaorm.Column;
import io.kakaorm.Model;
import io.kakaorm.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The row of the differential test: every kind of column, nullable and not. */
@Table(name = "q_diff_row")
public class DiffRow extends Model<DiffRow> {
    public int i;
    public Integer ni;
    public long l;
    public Long nl;
    public double d;
    public Double nd;

    @Column(nullable = false, maxLength = 40)
    public String s;

    public String ns;
    public boolean b;
    public Boolean nb;

    @Column(nullable = false)
    public LocalDate dt;

    public LocalDate ndt;

    @Column(precision = 20, scale = 4)
    public BigDecimal dec;

    @Override
    public String toString() {
        return "DiffRow{id=" + id + ", i=" + i + ", ni=" + ni + ", l=" + l + ", nl=" + nl + ", d=" + d + ", nd=" + nd
                + ", s='" + s + "', ns=" + (ns == null ? null : "'" + ns + "'") + ", b=" + b + ", nb=" + nb
                + ", dt=" + dt + ", ndt=" + ndt + ", dec=" + dec + "}";
    }
}
