package io.kakaorm.cli.renamed;

import io.kakaorm.Column;
import io.kakaorm.Model;
import io.kakaorm.Table;

/** The sample Note with body renamed to content. */
@Table(name = "kkmig_cli_note")
public class Note extends Model<Note> {
    @Column(maxLength = 100, nullable = false)
    public String title = "";

    public String content;
}
