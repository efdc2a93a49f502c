package io.kakaorm.migration.models.checks;

import io.kakaorm.Column;
import io.kakaorm.Model;
import io.kakaorm.Table;
import java.math.BigDecimal;

/** {@link Gauge} with the BETWEEN and IN checks changed. */
@Table(name = "kkmig_gauge")
public class GaugeV2 extends Model<GaugeV2> {
    @Column(nullable = false, precision = 10, scale = 2, check = "price > 0")
    public BigDecimal price;

    @Column(check = "qty >= 0")
    public int qty;

    @Column(check = "level BETWEEN 0 AND 10")
    public int level;

    @Column(maxLength = 20, check = "status IN ('draft', 'published', 'archived')")
    public String status;

    @Column(maxLength = 40, check = "length(code) >= 3")
    public String code;

    @Column(maxLength = 40, check = "label LIKE 'g-%' OR label IS NULL")
    public String label;

    @Column(check = "ratio <> 0.5 AND NOT (ratio < 0)")
    public double ratio;
}
