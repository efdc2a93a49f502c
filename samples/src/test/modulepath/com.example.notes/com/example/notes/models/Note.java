package com.example.notes.models;

import io.kakaorm.Column;
import io.kakaorm.Model;
import io.kakaorm.Table;

@Table(name = "note")
public class Note extends Model<Note> {
    @Column(nullable = false)
    public String title;

    public int stars;
}
