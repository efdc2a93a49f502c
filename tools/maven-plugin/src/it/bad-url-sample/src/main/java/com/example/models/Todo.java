package com.example.models;

import io.kakaorm.Column;
import io.kakaorm.Model;
import io.kakaorm.Table;

@Table(name = "kkmig_plugin_todo")
public class Todo extends Model<Todo> {
    @Column(maxLength = 200, nullable = false)
    public String title = "";
    public boolean done;
}
