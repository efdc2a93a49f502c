package com.example.renamed;

import io.kakaorm.Column;
import io.kakaorm.Model;
import io.kakaorm.Table;

/** The todo with title renamed to label. */
@Table(name = "kkmig_plugin_todo")
public class Todo extends Model<Todo> {
    @Column(maxLength = 200, nullable = false)
    public String label = "";
    public boolean done;
}
