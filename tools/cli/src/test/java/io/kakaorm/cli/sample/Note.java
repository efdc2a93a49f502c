package io.kakaorm.cli.sample;

import io.kakaorm.Column;
import io.kakaorm.Model;
import io.kakaorm.Table;

@Table(name = "kkmig_cli_note")
public class Note extends Model<Note> {
    @Column(maxLength = 100, nullable = false)
    public String title = "";

    public String body;
}
