package io.kakaorm.vertx.cte;

import io.kakaorm.Model;
import io.kakaorm.Table;

/** A department of the CTE tests (the seed's "rich departments" example). */
@Table(name = "cte_department")
public class CDepartment extends Model<CDepartment> {
    public String name;

    static CDepartment of(String name) {
        CDepartment d = new CDepartment();
        d.name = name;
        return d;
    }
}
