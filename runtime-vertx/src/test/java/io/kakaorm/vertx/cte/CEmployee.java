package io.kakaorm.vertx.cte;

import io.kakaorm.Model;
import io.kakaorm.Table;

/** An employee of the CTE tests; one has no department (NULL key). */
@Table(name = "cte_employee")
public class CEmployee extends Model<CEmployee> {
    public String name;
    public int salary;
    public Long deptId;

    static CEmployee of(String name, int salary, Long deptId) {
        CEmployee e = new CEmployee();
        e.name = name;
        e.salary = salary;
        e.deptId = deptId;
        return e;
    }
}
