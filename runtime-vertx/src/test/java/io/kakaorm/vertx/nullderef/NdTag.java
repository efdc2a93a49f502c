package io.kakaorm.vertx.nullderef;

import io.kakaorm.Column;
import io.kakaorm.Model;
import io.kakaorm.Table;

/** A row related to an {@link NdItem} (or to none), with nullable values of its own. */
@Table(name = "nd_tag")
public class NdTag extends Model<NdTag> {
    public Long itemId;

    @Column(maxLength = 40)
    public String label;

    public Integer weight;

    static NdTag of(Long itemId, String label, Integer weight) {
        NdTag t = new NdTag();
        t.itemId = itemId;
        t.label = label;
        t.weight = weight;
        return t;
    }
}
