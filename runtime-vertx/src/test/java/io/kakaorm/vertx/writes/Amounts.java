package io.kakaorm.vertx.writes;

import io.kakaorm.Column;
import io.kakaorm.Model;
import java.math.BigDecimal;

/** Decimals without a declared precision, with a scale only, and with both. */
public class Amounts extends Model<Amounts> {
    public BigDecimal free;

    @Column(scale = 3)
    public BigDecimal scaled;

    @Column(precision = 6, scale = 2)
    public BigDecimal money;
}
