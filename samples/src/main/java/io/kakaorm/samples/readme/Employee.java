package io.kakaorm.samples.readme;

import io.kakaorm.Column;
import io.kakaorm.Model;
import io.kakaorm.Table;

/** An employee of a {@link Department}. */
@Table(name = "employee")
public class Employee extends Model<Employee> {
    @Column(nullable = false)
    public String name;

    public Long deptId;

    public int salary;

    public int hireYear;
}
