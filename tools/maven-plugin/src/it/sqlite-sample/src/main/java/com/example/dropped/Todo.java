package com.example.dropped;

import io.kakaorm.Column;
import io.kakaorm.Model;
import io.kakaorm.Table;

/** The renamed todo without its done field. */
@Table(name = "kkmig_plugin_todo")
public class Todo extends Model<Todo> {
    @Column(maxLength = 200, nullable = false)
    public String label = "";
}
