package io.kakaorm.samples.readme;

import io.kakaorm.Column;
import io.kakaorm.Model;
import io.kakaorm.Table;

/** A department, for the README's "rich departments" example. */
@Table(name = "department")
public class Department extends Model<Department> {
    @Column(nullable = false)
    public String name;
}
