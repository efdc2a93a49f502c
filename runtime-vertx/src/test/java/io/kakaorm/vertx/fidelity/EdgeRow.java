package io.kakaorm.vertx.fidelity;

import io.kakaorm.Column;
import io.kakaorm.Model;
import io.kakaorm.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;

/** The row of the lambda fidelity test: one column of each kind the generator uses, nullable and not. */
@Table(name = "q_edge_row")
public class EdgeRow extends Model<EdgeRow> {
    public int i;
    public int j;
    public Integer ni;
    public long l;
    public Long nl;
    public double d;
    public Double nd;

    @Column(nullable = false, maxLength = 60)
    public String s;

    @Column(nullable = false, maxLength = 60)
    public String t;

    @Column(maxLength = 60)
    public String ns;

    public boolean b;
    public Boolean nb;

    @Column(nullable = false)
    public Kind k;

    public Kind nk;

    @Column(nullable = false)
    public LocalDate day;

    public LocalDate nday;

    @Column(nullable = false)
    public LocalDateTime ldt;

    @Column(nullable = false)
    public OffsetDateTime odt;

    @Column(nullable = false)
    public Instant ins;

    @Column(nullable = false, precision = 20, scale = 4)
    public BigDecimal dec;

    public BigDecimal ndec;

    @Column(nullable = false)
    public LocalTime tm;

    public LocalTime ntm;

    @Override
    public String toString() {
        return "EdgeRow{id=" + id + ", i=" + i + ", j=" + j + ", ni=" + ni + ", l=" + l + ", nl=" + nl + ", d=" + d
                + ", nd=" + nd + ", s=" + quote(s) + ", t=" + quote(t) + ", ns=" + quote(ns) + ", b=" + b + ", nb="
                + nb + ", k=" + k + ", nk=" + nk + ", day=" + day + ", nday=" + nday + ", ldt=" + ldt + ", odt=" + odt
                + ", ins=" + ins + ", dec=" + dec + ", ndec=" + ndec + ", tm=" + tm + ", ntm=" + ntm + "}";
    }

    static String quote(String v) {
        return v == null ? "null" : '"' + EdgeValues.escape(v) + '"';
    }
}
