package io.kakaorm.vertx.cte;

import io.kakaorm.Model;
import io.kakaorm.Table;

/** A self-referencing category of the recursive CTE tests: {@code parentId} NULL at a root. */
@Table(name = "cte_category")
public class CCategory extends Model<CCategory> {
    public String name;
    public Long parentId;

    static CCategory of(String name, Long parentId) {
        CCategory c = new CCategory();
        c.name = name;
        c.parentId = parentId;
        return c;
    }

    @Override
    public String toString() {
        return name;
    }
}
