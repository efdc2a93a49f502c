package io.kakaorm.samples.quickstart;

import io.kakaorm.Column;
import io.kakaorm.Model;
import io.kakaorm.Table;

// tag::model[]
/** The quickstart's model: a to-do item. The inherited {@code id} is its auto-increment key. */
@Table(name = "task")
public class Task extends Model<Task> {
    @Column(nullable = false)
    public String title;

    public boolean done = false;
}
// end::model[]
